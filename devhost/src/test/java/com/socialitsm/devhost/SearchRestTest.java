package com.socialitsm.devhost;

import static com.socialitsm.devhost.DevHostExtension.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import com.socialitsm.devhost.tracker.DemoIssueEntity;
import com.socialitsm.devhost.tracker.TrackerProject;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.testing.DatabaseTest;

/** {@code GET /rest/api/2/search}: the JQL subset over HTTP, in Jira's shapes, filtered to what the caller may browse. */
@DatabaseTest
class SearchRestTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);
    /** More than the 10,000 that the Jira app's hashtag() function answers. */
    private static final int BULK = 10_050;

    private static String vpnKey;
    private static String vpnWifiKey;
    private static String untaggedKey;
    private static String secretVpnKey;

    @BeforeAll
    static void issues() {
        vpnKey = create("SD", "VPN drops #vpn");
        vpnWifiKey = create("SD", "Wi-Fi and VPN #wifi #VPN");
        untaggedKey = create("SD", "Printer jams");
        secretVpnKey = create("SEC", "VPN key leaked #vpn");
    }

    @Test
    void hashtagClausesAnswerTheTaggedIssuesInJirasShape() {
        JsonNode answer = search("Hashtags = vpn AND project = SD ORDER BY created ASC", "alice", 200);

        assertThat(answer.path("startAt").asInt()).isZero();
        assertThat(answer.path("maxResults").asInt()).isEqualTo(50);
        assertThat(answer.path("total").asLong()).isEqualTo(2);
        assertThat(keys(answer)).containsExactly(vpnKey, vpnWifiKey);
        JsonNode first = answer.path("issues").get(0);
        assertThat(first.path("id").isTextual()).isTrue();
        assertThat(first.path("fields").path("summary").asText()).isEqualTo("VPN drops #vpn");
        assertThat(first.path("fields").path("project").path("key").asText()).isEqualTo("SD");

        assertThat(keys(search("project = SD AND Hashtags in (wifi, nosuchtag)", "alice", 200)))
                .containsExactly(vpnWifiKey);
        // != skips issues without tags, as Jira's does; "bulk" is the tag of the large test's issues.
        assertThat(keys(search("project = SD AND Hashtags != wifi AND Hashtags != bulk", "alice", 200)))
                .containsExactly(vpnKey);
        assertThat(keys(search("project = SD AND Hashtags is EMPTY", "alice", 200))).containsExactly(untaggedKey);
        assertThat(keys(search("project = SD AND issue in hashtag(\"#VPN\") ORDER BY created DESC", "alice", 200)))
                .containsExactly(vpnWifiKey, vpnKey);
    }

    @Test
    void onlyIssuesTheCallerMayBrowseAreFoundOrCounted() {
        assertThat(keys(search("Hashtags = vpn ORDER BY created ASC", "alice", 200)))
                .containsExactly(vpnKey, vpnWifiKey, secretVpnKey);
        JsonNode outsider = search("Hashtags = vpn ORDER BY created ASC", "dave", 200);
        assertThat(outsider.path("total").asLong()).isEqualTo(2);
        assertThat(keys(outsider)).containsExactly(vpnKey, vpnWifiKey);
        // A hidden project reads exactly like a missing one.
        assertThat(refusal(search("project = SEC", "dave", 400)))
                .isEqualTo(refusal(search("project = NOPE", "dave", 400)).replace("NOPE", "SEC"));
        assertThat(devhost.get("/rest/api/2/search?jql=", Optional.empty()).statusCode()).isEqualTo(401);
    }

    @Test
    void anIssueWhoseTagAnAdminRenamedIsFoundByTheNewName() {
        // In SEC, so that the other tests' queries over SD stay as they are.
        String renamedKey = create("SEC", "Roaming fails #wlanold");
        HttpResponse<String> renamed = devhost.json("POST", "/rest/social/1.0/admin/hashtags/rename", "admin",
                "{\"from\": \"wlanold\", \"to\": \"WlanNew\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);

        assertThat(keys(search("Hashtags = wlannew", "alice", 200))).containsExactly(renamedKey);
        assertThat(keys(search("Hashtags in (WlanNew) AND project = SEC", "alice", 200))).containsExactly(renamedKey);
        // The old name is merged into the new one, so it is searched as its target.
        assertThat(keys(search("Hashtags = wlanold", "alice", 200))).containsExactly(renamedKey);
        assertThat(keys(search("project = SEC AND Hashtags is EMPTY", "alice", 200))).doesNotContain(renamedKey);
    }

    @Test
    void invalidQueriesGetJirasFourHundredShape() {
        JsonNode answer = search("Hashtags = \"two words\"", "alice", 400);

        assertThat(answer.path("errorMessages")).hasSize(1);
        assertThat(answer.path("errorMessages").get(0).asText())
                .isEqualTo("The value 'two words' is not a valid hashtag for the field 'Hashtags'.");
        assertThat(answer.path("errors").isObject()).isTrue();
        assertThat(answer.path("errors").size()).isZero();
        // A query too long for a URL goes in a POST body, as with Jira.
        HttpResponse<String> huge = devhost.json("POST", "/rest/api/2/search", "alice",
                "{\"jql\": \"Hashtags = '" + "x".repeat(10_240) + "'\"}");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(refusal(parse(huge))).hasSizeLessThan(200).endsWith("is not a valid hashtag for the field 'Hashtags'.");
        HttpResponse<String> posted = devhost.json("POST", "/rest/api/2/search", "alice",
                "{\"jql\": \"project = SD AND Hashtags = wifi\", \"startAt\": 0, \"maxResults\": 5}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(keys(parse(posted))).containsExactly(vpnWifiKey);
        assertThat(refusal(search("Hashtags = \"unbalanced", "alice", 400))).contains("has not been completed");
        assertThat(devhost.get("/rest/api/2/search?jql=&startAt=ten", "alice").statusCode()).isEqualTo(400);
    }

    @Test
    void theTotalIsExactForATagOnMoreThanTenThousandIssuesAndPagesWalkThemAll() {
        Store store = devhost.host().store();
        TrackerProject sd = devhost.host().tracker().browsableProjects(Optional.of("alice")).stream()
                .filter(p -> p.key().equals("SD")).findFirst().orElseThrow();
        long loading = System.nanoTime();
        bulkTagged(store, sd, BULK, "bulk");
        long searching = System.nanoTime();

        JsonNode first = search("Hashtags = bulk", "alice", 200, "&maxResults=1000");
        assertThat(first.path("total").asLong()).isEqualTo(BULK);
        assertThat(first.path("maxResults").asInt()).isEqualTo(1000);
        assertThat(first.path("issues")).hasSize(1000);
        assertThat(keys(first).get(0)).isEqualTo("SD-" + (900_000 + BULK - 1)); // newest first

        JsonNode last = search("Hashtags = bulk", "alice", 200, "&startAt=10000&maxResults=1000");
        assertThat(last.path("startAt").asInt()).isEqualTo(10_000);
        assertThat(last.path("total").asLong()).isEqualTo(BULK);
        assertThat(keys(last)).hasSize(BULK - 10_000).last().isEqualTo("SD-900000");

        JsonNode ascending = search("issue in hashtag(bulk) ORDER BY created ASC", "alice", 200, "&maxResults=2");
        assertThat(ascending.path("total").asLong()).isEqualTo(BULK);
        assertThat(keys(ascending)).containsExactly("SD-900000", "SD-900001");
        assertThat(search("project = SEC AND Hashtags = bulk", "alice", 200).path("total").asLong()).isZero();
        System.out.printf("bulk load %d ms, 4 searches %d ms%n", (searching - loading) / 1_000_000,
                (System.nanoTime() - searching) / 1_000_000);
    }

    /** Loads {@code count} issues carrying {@code tag} straight into the store: two batch inserts, no HTTP. */
    private static void bulkTagged(Store store, TrackerProject project, int count, String tag) {
        long created = 1_700_000_000_000L;
        List<Map<String, Object>> issues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("PROJECT_ID", (int) project.id());
            row.put("ISSUE_NUMBER", 900_000 + i);
            row.put("ISSUE_KEY", project.key() + "-" + (900_000 + i));
            row.put("SUMMARY", "Bulk issue " + i);
            row.put("ISSUE_TYPE", "Incident");
            row.put("STATUS", "Open");
            row.put("REPORTER", "alice");
            row.put("CREATED_AT", created + i * 1_000L);
            row.put("UPDATED_AT", created + i * 1_000L);
            row.put("RESOLVED_AT", 0L);
            issues.add(row);
        }
        store.executeInTransaction(() -> {
            store.create(DemoIssueEntity.class, issues);
            return null;
        });
        List<Map<String, Object>> tags = new ArrayList<>();
        for (DemoIssueEntity issue : store.find(DemoIssueEntity.class, "ISSUE_NUMBER >= ?", 900_000)) {
            tags.add(Map.of("ISSUE_TAG", issue.getID() + ":" + tag, "ISSUE_ID", (long) issue.getID(),
                    "PROJECT_ID", project.id(), "TAG", tag, "DISPLAY", tag, "SOURCE", "text",
                    "TAGGED_AT", issue.getCreatedAt(), "TAGGED_BY", "alice"));
        }
        store.executeInTransaction(() -> {
            store.create(IssueHashtagEntity.class, tags);
            return null;
        });
    }

    private static String create(String project, String summary) {
        HttpResponse<String> created = devhost.json("POST", "/rest/api/2/issue", "alice",
                "{\"fields\": {\"project\": {\"key\": \"" + project + "\"}, \"summary\": \"" + summary + "\","
                        + " \"issuetype\": {\"name\": \"Incident\"}}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created).path("key").asText();
    }

    private static JsonNode search(String jql, String user, int status) {
        return search(jql, user, status, "");
    }

    private static JsonNode search(String jql, String user, int status, String paging) {
        HttpResponse<String> response = devhost.get("/rest/api/2/search?jql="
                + URLEncoder.encode(jql, StandardCharsets.UTF_8) + paging, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return parse(response);
    }

    private static List<String> keys(JsonNode answer) {
        List<String> keys = new ArrayList<>();
        answer.path("issues").forEach(issue -> keys.add(issue.path("key").asText()));
        return keys;
    }

    private static String refusal(JsonNode answer) {
        return answer.path("errorMessages").get(0).asText();
    }

}
