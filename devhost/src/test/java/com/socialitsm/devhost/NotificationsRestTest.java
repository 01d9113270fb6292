package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.DatabaseTest;

/**
 * GET /notifications, GET /notifications/count and POST /notifications/read over HTTP on the demo, with mentions in
 * comments: who is mentioned (not the writer, not an e-mail address, not an unknown name, not someone who may not
 * browse the issue), once per comment, and marking read.
 */
@DatabaseTest
class NotificationsRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    private static JsonNode notifications(String user) throws Exception {
        HttpResponse<String> response = devhost.get("/rest/social/1.0/notifications?limit=50", user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void readAll(String user) throws Exception {
        HttpResponse<String> read = devhost.json("POST", "/rest/social/1.0/notifications/read", user,
                "{\"upTo\": 9000000000000000000}");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("unread").asInt()).isZero();
    }

    private static void comment(String key, String user, String body) throws Exception {
        HttpResponse<String> response = devhost.json("POST", "/rest/api/2/issue/" + key + "/comment", user,
                JSON.writeValueAsString(Map.of("body", body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static List<JsonNode> mentions(JsonNode notifications, String issueKey) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode n : notifications.path("items")) {
            if (n.path("item").path("verb").asText().equals("mentioned")
                    && n.path("item").path("issueKey").asText().equals(issueKey)) {
                found.add(n);
            }
        }
        return found;
    }

    @Test
    void aMentionInACommentNotifiesTheNamedUserOnceAndMarkReadClearsIt() throws Exception {
        TrackerIssue issue = devhost.demoIssue(i -> i.key().startsWith("SD-"));
        readAll("carol");
        readAll("bob");

        comment(issue.key(), "bob", "@carol could you check? Also [~carol]; mail carol@example.com, not @bob, "
                + "nor @nosuchuser. {code}@dave{code}");

        JsonNode carol = notifications("carol");
        List<JsonNode> mentioned = mentions(carol, issue.key());
        assertThat(mentioned).hasSize(1);
        JsonNode item = mentioned.get(0);
        assertThat(item.path("unread").asBoolean()).isTrue();
        assertThat(item.path("item").path("actor").asText()).isEqualTo("bob");
        assertThat(item.path("item").path("subjectUser").asText()).isEqualTo("carol");
        assertThat(carol.path("unread").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(carol.path("more").asBoolean()).isFalse();
        // Not the writer; not dave, named only in code.
        assertThat(mentions(notifications("bob"), issue.key())).isEmpty();
        assertThat(mentions(notifications("dave"), issue.key())).isEmpty();

        HttpResponse<String> count = devhost.get("/rest/social/1.0/notifications/count", "carol");
        assertThat(JSON.readTree(count.body()).path("unread").asInt()).isEqualTo(carol.path("unread").asInt());

        long newest = carol.path("items").get(0).path("id").asLong();
        HttpResponse<String> read = devhost.json("POST", "/rest/social/1.0/notifications/read", "carol",
                "{\"upTo\": " + newest + "}");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("unread").asInt()).isZero();
        JsonNode after = notifications("carol");
        assertThat(after.path("lastRead").asLong()).isEqualTo(newest);
        assertThat(mentions(after, issue.key())).singleElement()
                .satisfies(n -> assertThat(n.path("unread").asBoolean()).isFalse());
    }

    @Test
    void aMentionOnAnIssueTheUserMayNotBrowseCreatesNothingVisible() throws Exception {
        TrackerIssue secret = devhost.demoIssue(i -> i.key().startsWith("SEC-"));
        readAll("dave");
        assertThat(devhost.get("/rest/api/2/issue/" + secret.key(), "dave").statusCode()).isEqualTo(404);

        comment(secret.key(), "bob", "@dave [~dave] please have a look");

        JsonNode dave = notifications("dave");
        assertThat(dave.path("unread").asInt()).isZero();
        assertThat(mentions(dave, secret.key())).isEmpty();
        HttpResponse<String> count = devhost.get("/rest/social/1.0/notifications/count", "dave");
        assertThat(JSON.readTree(count.body()).path("unread").asInt()).isZero();
    }

    @Test
    void badRequestsAndAnonymousCallersAreRefusedInJson() throws Exception {
        assertThat(devhost.get("/rest/social/1.0/notifications", Optional.empty()).statusCode()).isEqualTo(401);
        assertThat(devhost.get("/rest/social/1.0/notifications/count", Optional.empty()).statusCode())
                .isEqualTo(401);
        assertThat(devhost.get("/rest/social/1.0/notifications?limit=0", "alice").statusCode()).isEqualTo(400);
        for (String body : List.of("{}", "{\"upTo\": -1}", "{\"upTo\": \"x\"}")) {
            HttpResponse<String> response = devhost.json("POST", "/rest/social/1.0/notifications/read", "alice",
                    body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("message").asText()).as(body).isNotBlank();
        }
    }
}
