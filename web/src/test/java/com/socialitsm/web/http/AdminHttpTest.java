package com.socialitsm.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.host.HistoricIssues;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.LabeledIssues;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.privacy.DataExport;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * The admin endpoints over real HTTP: features on/off per project and how writes answer when one is off, the
 * labels-to-hashtags import job and its progress, the JSON export of every table; each for admins only.
 */
@DatabaseTest
class AdminHttpTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<LabeledIssues.LabeledIssue> LABELS = new ArrayList<>();
    private static final List<HistoricIssues.HistoricIssue> HISTORY = new ArrayList<>();

    private static SocialWorld world;
    private static RestServer server;
    private static IssueRef sdIssue;
    private static IssueRef secIssue;

    @BeforeAll
    static void serve() {
        world = new SocialWorld(db.store());
        for (String user : List.of("admin", "alice", "dave")) {
            world.host.addUser(user);
        }
        world.host.makeAdmin("admin");
        ProjectRef sd = world.host.addProject("SD");
        ProjectRef sec = world.host.addProject("SEC");
        world.host.restrictProject(sec, "admin", "alice");
        sdIssue = world.create(sd, "VPN down #vpn", "", "alice");
        secIssue = world.create(sec, "Phishing mail", "", "alice");
        for (int i = 0; i < 5; i++) {
            IssueRef issue = world.create(sd, "Printer " + i, "", "alice");
            LABELS.add(new LabeledIssues.LabeledIssue(issue.id(), Instant.parse("2026-01-01T00:00:00Z"),
                    List.of("printer", "floor" + i)));
        }
        LabeledIssues labels = new LabeledIssues() {
            @Override
            public long count(long projectId) {
                return LABELS.size();
            }

            @Override
            public List<LabeledIssue> page(long projectId, Origin origin, long afterIssueId, int limit) {
                return LABELS.stream().filter(i -> i.issueId() > afterIssueId).limit(limit).toList();
            }
        };
        HistoricIssues history = new HistoricIssues() {
            @Override
            public long count() {
                return HISTORY.size();
            }

            @Override
            public List<HistoricIssue> page(long afterIssueId, int limit, boolean withLabels) {
                return HISTORY.stream().filter(i -> i.issueId() > afterIssueId).limit(limit).toList();
            }
        };
        for (int i = 0; i < 3; i++) {
            IssueRef old = world.host.addIssue(sd, "Old " + i, "", "alice");
            HISTORY.add(new HistoricIssues.HistoricIssue(old.id(), sd.id(), Instant.parse("2025-06-01T00:00:00Z"),
                    old.summary(), "#legacy" + i, List.of(), List.of()));
        }
        server = new RestServer(world.app, world.app.labelImport(labels, Runnable::run),
                world.app.backfill(history, Runnable::run));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anAdminSwitchesAFeatureOffForOneProjectAndItsWritesAnswer409() throws Exception {
        JsonNode all = json(send("GET", "admin/features", "admin", null), 200);
        assertThat(all.get("features").toString()).isEqualTo("[\"hashtags\",\"follows\",\"votes\",\"kudos\",\"qa\"]");
        assertThat(all.get("projects").findValuesAsText("key")).containsExactly("SD", "SEC");

        JsonNode sd = json(send("PUT", "admin/features/sd", "admin", "{\"votes\": false, \"qa\": false}"), 200);
        assertThat(sd.get("features").get("votes").asBoolean()).isFalse();
        assertThat(sd.get("features").get("hashtags").asBoolean()).isTrue();

        HttpResponse<String> refused = send("PUT", "votes/issue/" + sdIssue.key(), "alice", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("error").asText()).isEqualTo("feature_off");
        assertThat(JSON.readTree(refused.body()).get("message").asText()).contains("SD");
        assertThat(send("POST", "questions", "alice", "{\"title\": \"How do I reset my VPN token?\", "
                + "\"body\": \"x\", \"issueKey\": \"" + sdIssue.key() + "\"}").statusCode()).isEqualTo(409);
        assertThat(send("PUT", "votes/issue/" + secIssue.key(), "alice", null).statusCode()).isEqualTo(200);
        assertThat(send("PUT", "votes/issue/" + secIssue.key(), "dave", null).statusCode())
                .as("a hidden issue stays a 404").isEqualTo(404);

        JsonNode panel = json(send("GET", "features/issue/" + sdIssue.key(), "alice", null), 200);
        assertThat(panel.get("features").get("votes").asBoolean()).isFalse();
        assertThat(panel.get("features").get("kudos").asBoolean()).isTrue();
        assertThat(send("GET", "features/issue/" + secIssue.key(), "dave", null).statusCode()).isEqualTo(404);

        json(send("PUT", "admin/features/SD", "admin", "{\"votes\": true, \"qa\": true}"), 200);
        assertThat(send("PUT", "votes/issue/" + sdIssue.key(), "alice", null).statusCode()).isEqualTo(200);
    }

    @Test
    void everyFeaturesWritesAnswer409WhereItIsOffAndUnfollowingStaysPossible() throws Exception {
        long question = world.app.questions().ask("alice", com.socialitsm.qa.QuestionDraft.onIssue(sdIssue.key(),
                "How do I reset my VPN token?", "It expired.")).value().id();
        json(send("PUT", "admin/features/SD", "admin",
                "{\"hashtags\": false, \"follows\": false, \"kudos\": false, \"qa\": false}"), 200);
        try {
            assertThat(send("POST", "hashtags/issue/" + sdIssue.key(), "alice", "{\"tags\": [\"printer\"]}")
                    .statusCode()).isEqualTo(409);
            assertThat(send("DELETE", "hashtags/issue/" + sdIssue.key() + "/vpn", "alice", null).statusCode())
                    .isEqualTo(409);
            assertThat(send("POST", "kudos", "alice", "{\"to\": \"dave\", \"issueKey\": \"" + sdIssue.key()
                    + "\", \"message\": \"thanks\"}").statusCode()).isEqualTo(409);
            assertThat(send("PUT", "follows/issue/" + sdIssue.key(), "dave", null).statusCode()).isEqualTo(409);
            assertThat(send("PUT", "follows/project/SD", "dave", null).statusCode()).isEqualTo(409);
            assertThat(send("DELETE", "follows/issue/" + sdIssue.key(), "dave", null).statusCode()).isEqualTo(200);
            assertThat(send("POST", "questions", "alice", "{\"title\": \"Where is the VPN client download?\", "
                    + "\"body\": \"x\", \"project\": \"SD\"}").statusCode()).isEqualTo(409);
            assertThat(send("POST", "questions/" + question + "/answers", "dave", "{\"body\": \"Use the portal.\"}")
                    .statusCode()).isEqualTo(409);
            assertThat(send("POST", "hashtags/issue/" + secIssue.key(), "alice", "{\"tags\": [\"printer\"]}")
                    .statusCode()).as("another project").isEqualTo(200);
        } finally {
            json(send("PUT", "admin/features/SD", "admin",
                    "{\"hashtags\": true, \"follows\": true, \"kudos\": true, \"qa\": true}"), 200);
        }
    }

    @Test
    void switchingFeaturesIsForAdminsAndChecksItsInput() throws Exception {
        assertThat(send("GET", "admin/features", "alice", null).statusCode()).isEqualTo(403);
        assertThat(send("PUT", "admin/features/SD", "alice", "{\"votes\": false}").statusCode()).isEqualTo(403);
        assertThat(send("GET", "admin/features", null, null).statusCode()).isEqualTo(401);
        assertThat(send("PUT", "admin/features/NOPE", "admin", "{\"votes\": false}").statusCode()).isEqualTo(404);
        assertThat(send("PUT", "admin/features/SD", "admin", "{\"polls\": false}").statusCode()).isEqualTo(400);
    }

    @Test
    void theLabelImportRunsAsAJobWhoseProgressAnyRequestCanRead() throws Exception {
        assertThat(send("POST", "admin/hashtags/import", "alice", "{\"project\": \"SD\"}").statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "admin/hashtags/import", "admin", "{\"project\": \"SD\", \"source\": \"tags\"}")
                .statusCode()).isEqualTo(400);

        JsonNode started = json(send("POST", "admin/hashtags/import", "admin", "{\"project\": \"sd\"}"), 202);
        assertThat(started.get("state").asText()).isEqualTo("running");
        assertThat(started.get("total").asLong()).isEqualTo(5);

        JsonNode progress = json(send("GET", "admin/hashtags/import", "admin", null), 200);
        assertThat(progress.get("state").asText()).isEqualTo("done");
        assertThat(progress.get("percent").asInt()).isEqualTo(100);
        assertThat(progress.get("done").asLong()).isEqualTo(5);
        assertThat(progress.get("imported").asInt()).isEqualTo(10);
        assertThat(progress.get("project").asText()).isEqualTo("SD");
        assertThat(send("GET", "admin/hashtags/import", "alice", null).statusCode()).isEqualTo(403);
    }

    @Test
    void taggingExistingIssuesIsForAdminsOnlyAndReportsItsProgress() throws Exception {
        assertThat(send("GET", "admin/backfill", null, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "admin/backfill", null, "{\"labels\": false}").statusCode()).isEqualTo(401);
        assertThat(send("GET", "admin/backfill", "alice", null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "admin/backfill", "alice", "{\"labels\": false}").statusCode()).isEqualTo(403);
        assertThat(send("POST", "admin/backfill", "admin", "{\"issuesPerSecond\": 0}").statusCode())
                .isEqualTo(400);

        JsonNode started = json(send("POST", "admin/backfill", "admin",
                "{\"labels\": false, \"issuesPerSecond\": 500}"), 202);
        assertThat(started.get("state").asText()).isEqualTo("running");
        assertThat(started.get("total").asLong()).isEqualTo(3);
        assertThat(started.get("issuesPerSecond").asInt()).isEqualTo(500);

        JsonNode progress = json(send("GET", "admin/backfill", "admin", null), 200);
        assertThat(progress.get("state").asText()).isEqualTo("done");
        assertThat(progress.get("done").asLong()).isEqualTo(3);
        assertThat(progress.get("percent").asInt()).isEqualTo(100);
        assertThat(progress.get("startedAt").asText()).isNotEmpty();
        assertThat(progress.get("finishedAt").asText()).isNotEmpty();
        assertThat(progress.has("error")).isTrue();
        assertThat(world.app.hashtags().tagsOfIssue(HISTORY.get(0).issueId()))
                .extracting(tag -> tag.tag()).containsExactly("legacy0");
    }

    @Test
    void theExportIsOneJsonDocumentWithEveryTableForAdminsOnly() throws Exception {
        // The store is emptied before each test: what the export should find is made here.
        world.comment(sdIssue, "alice", "still down #vpn");
        world.app.votes().vote("alice", sdIssue.key());
        HttpResponse<String> export = send("GET", "admin/export", "admin", null);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment").contains(".json"));
        JsonNode document = JSON.readTree(export.body());
        assertThat(document.get("app").asText()).isEqualTo("social-itsm");
        List<String> tables = new ArrayList<>();
        document.get("tables").fieldNames().forEachRemaining(tables::add);
        assertThat(tables).containsExactlyElementsOf(DataExport.tables());
        assertThat(document.get("tables").get("Vote").findValuesAsText("voter")).contains("alice");
        assertThat(document.get("tables").get("IssueHashtag").size()).isPositive();

        assertThat(send("GET", "admin/export", "alice", null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "admin/export", null, null).statusCode()).isEqualTo(401);
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
            request.header("X-Atlassian-Token", "no-check"); // a bodiless write needs it, as from our JS
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
