package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.testing.DatabaseTest;

/** Two devhost nodes on one database share the tracker, the app's data and login sessions. */
@DatabaseTest
class TwoNodesTest {
    @RegisterExtension
    static final DevHostExtension nodeA = new DevHostExtension(false);
    private static DevHost nodeB;

    @BeforeAll
    static void startSecondNode() {
        nodeB = DevHost.start(new DevHostOptions("127.0.0.1", 0, nodeA.database().config(), false, false));
    }

    @AfterAll
    static void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private static HttpResponse<String> onB(String path, String cookieOrNull, String user) {
        var builder = nodeA.request(path).uri(java.net.URI.create(nodeB.baseUrl() + path)).GET();
        if (cookieOrNull != null) {
            builder.header("Cookie", "SOCIALITSM_SESSION=" + cookieOrNull);
        } else {
            builder.header("Authorization", DevHostExtension.basic(user));
        }
        return nodeA.send(builder.build());
    }

    @Test
    void anIssueCreatedOnOneNodeIsSeenAndNumberedOnTheOther() throws Exception {
        HttpResponse<String> created = nodeA.json("POST", "/rest/api/2/issue", "alice",
                "{\"fields\": {\"project\": {\"key\": \"SD\"}, \"summary\": \"Shared #vpn\", \"issuetype\": {\"name\": \"Incident\"}}}");
        String key = new ObjectMapper().readTree(created.body()).path("key").asText();
        HttpResponse<String> seen = onB("/rest/api/2/issue/" + key, null, "bob");
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains("Shared #vpn");

        HttpResponse<String> createdOnB = nodeA.send(nodeA.request("/")
                .uri(java.net.URI.create(nodeB.baseUrl() + "/rest/api/2/issue"))
                .header("Authorization", DevHostExtension.basic("bob")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"fields\": {\"project\": {\"key\": \"SD\"}, \"summary\": \"Next\", \"issuetype\": {\"name\": \"Task\"}}}"))
                .build());
        String nextKey = new ObjectMapper().readTree(createdOnB.body()).path("key").asText();
        assertThat(Integer.parseInt(nextKey.substring(3))).isEqualTo(Integer.parseInt(key.substring(3)) + 1);
    }

    @Test
    void aLoginOnOneNodeIsValidOnTheOther() {
        String cookie = nodeA.login("carol");
        HttpResponse<String> dashboard = onB("/", cookie, null);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Carol Schmidt");
    }
}
