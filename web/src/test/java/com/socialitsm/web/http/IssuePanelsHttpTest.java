package com.socialitsm.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * {@code GET /issue/{key}/panels} over real HTTP: for a visible issue each part is, byte for byte as JSON, what the
 * panel's own endpoint answers the same caller; a hidden issue is the same 404 as theirs; a feature switched off in
 * the project leaves its part out and says so in {@code features}.
 */
@DatabaseTest
class IssuePanelsHttpTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RestServer server;
    private static IssueRef sdIssue;
    private static IssueRef secIssue;

    @BeforeAll
    static void serve() throws Exception {
        SocialWorld world = new SocialWorld(db.store());
        for (String user : List.of("admin", "alice", "bob", "dave")) {
            world.host.addUser(user);
        }
        world.host.makeAdmin("admin");
        ProjectRef sd = world.host.addProject("SD");
        ProjectRef sec = world.host.addProject("SEC");
        world.host.restrictProject(sec, "admin", "alice");
        sdIssue = world.create(sd, "VPN down #vpn", "Since the update #outage", "alice");
        world.comment(sdIssue, "bob", "Same here");
        secIssue = world.create(sec, "Phishing mail #phishing", "", "alice");
        server = new RestServer(world.app);
    }

    /** Every panel has something to show (the store starts each test empty). */
    @BeforeEach
    void giveEveryPanelSomethingToShow() throws Exception {
        String key = sdIssue.key();
        json(send("POST", "hashtags/issue/" + key, "alice", "{\"tags\": [\"printer\"]}"), 200);
        json(send("PUT", "votes/issue/" + key, "alice", null), 200);
        json(send("PUT", "votes/issue/" + key, "dave", null), 200);
        json(send("PUT", "follows/issue/" + key, "dave", null), 200);
        json(send("POST", "kudos", "alice", "{\"to\": \"bob\", \"issueKey\": \"" + key + "\", \"message\": \"thanks\"}"),
                201);
        json(send("POST", "questions", "alice", "{\"title\": \"How do I reset my VPN token?\", \"body\": \"It expired.\", "
                + "\"issueKey\": \"" + key + "\"}"), 201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void eachPartIsWhatThePanelsOwnEndpointAnswersTheSameCaller() throws Exception {
        for (String caller : new String[] {"alice", "dave", null}) {
            String key = sdIssue.key();
            JsonNode panels = json(send("GET", "issue/" + key + "/panels", caller, null), 200);

            assertThat(panels.get("issueKey").asText()).isEqualTo(key);
            assertThat(panels.get("features")).isEqualTo(
                    json(send("GET", "features/issue/" + key, caller, null), 200).get("features"));
            assertThat(panels.get("hashtags")).as("hashtags for %s", caller)
                    .isEqualTo(json(send("GET", "hashtags/issue/" + key, caller, null), 200));
            assertThat(panels.get("votes")).as("votes for %s", caller)
                    .isEqualTo(json(send("GET", "votes/issue/" + key, caller, null), 200));
            assertThat(panels.get("follow")).as("follow for %s", caller)
                    .isEqualTo(json(send("GET", "follows/issue/" + key, caller, null), 200));
            assertThat(panels.get("kudos")).as("kudos for %s", caller)
                    .isEqualTo(json(send("GET", "kudos/issue/" + key, caller, null), 200));
            // The questions panel asks its first page of 20, the default size.
            assertThat(panels.get("questions")).as("questions for %s", caller)
                    .isEqualTo(json(send("GET", "questions?issueKey=" + key + "&limit=20", caller, null), 200));
            assertThat(panels.get("knownIssue")).as("known issue for %s", caller)
                    .isEqualTo(json(send("GET", "known-issues/issue/" + key, caller, null), 200));
            assertThat(panels.get("knownIssue").get("agent").asBoolean()).as("no portal here").isFalse();
        }
        JsonNode alice = json(send("GET", "issue/" + sdIssue.key() + "/panels", "alice", null), 200);
        assertThat(alice.get("votes").get("count").asInt()).isEqualTo(2);
        assertThat(alice.get("votes").get("voted").asBoolean()).isTrue();
        assertThat(alice.get("hashtags").get("hashtags").findValuesAsText("tag")).contains("printer");
        assertThat(alice.get("kudos").get("kudos")).hasSize(1);
        assertThat(alice.get("questions").get("items")).hasSize(1);
        JsonNode dave = json(send("GET", "issue/" + sdIssue.key() + "/panels", "dave", null), 200);
        assertThat(dave.get("follow").get("following").asBoolean()).isTrue();
        assertThat(dave.get("votes").get("voted").asBoolean()).isTrue();
    }

    @Test
    void aHiddenOrMissingIssueIsTheSame404AsEachPanelsOwn() throws Exception {
        HttpResponse<String> hidden = send("GET", "issue/" + secIssue.key() + "/panels", "dave", null);
        HttpResponse<String> own = send("GET", "votes/issue/" + secIssue.key(), "dave", null);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(hidden.body()).get("error")).isEqualTo(JSON.readTree(own.body()).get("error"));
        assertThat(send("GET", "issue/" + secIssue.key() + "/panels", null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "issue/SD-999/panels", "alice", null).statusCode()).isEqualTo(404);
        assertThat(json(send("GET", "issue/" + secIssue.key() + "/panels", "alice", null), 200).get("issueKey").asText())
                .isEqualTo(secIssue.key());
    }

    @Test
    void aFeatureSwitchedOffLeavesItsPartOutAndTheFeaturesSaySo() throws Exception {
        json(send("PUT", "admin/features/SD", "admin", "{\"votes\": false, \"qa\": false}"), 200);
        try {
            JsonNode panels = json(send("GET", "issue/" + sdIssue.key() + "/panels", "alice", null), 200);
            assertThat(panels.get("features")).isEqualTo(
                    json(send("GET", "features/issue/" + sdIssue.key(), "alice", null), 200).get("features"));
            assertThat(panels.get("features").get("votes").asBoolean()).isFalse();
            assertThat(panels.get("features").get("qa").asBoolean()).isFalse();
            assertThat(panels.has("votes")).isFalse();
            assertThat(panels.has("questions")).isFalse();
            assertThat(panels.get("hashtags")).isEqualTo(
                    json(send("GET", "hashtags/issue/" + sdIssue.key(), "alice", null), 200));
            assertThat(panels.has("follow")).isTrue();
            assertThat(panels.has("kudos")).isTrue();
        } finally {
            json(send("PUT", "admin/features/SD", "admin", "{\"votes\": true, \"qa\": true}"), 200);
        }
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        } else if (!method.equals("GET")) {
            request.header("X-Atlassian-Token", "no-check");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
