package com.socialitsm.devhost;

import static com.socialitsm.devhost.DevHostExtension.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import com.socialitsm.testing.DatabaseTest;

/**
 * The devhost's JSM customer REST ({@code /rest/servicedeskapi}) over HTTP, every permission edge: erin raises a
 * request (she browses no project), frank (another customer of the same portal) never sees it, alice (an agent of SD)
 * does, anonymous callers get 401. JSM's field names are kept; a customer's request goes through the engine (its
 * hashtags are extracted) and stays closed to her in Jira's agent paths; internal comments never reach a customer.
 */
@DatabaseTest
class ServiceDeskApiRestTest {
    private static final String MARKER = "zqxinternal";
    private static final String API = "/rest/servicedeskapi";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);
    private static long serviceDeskId;
    private static String key;

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.path("values").forEach(v -> keys.add(v.path("issueKey").asText()));
        return keys;
    }

    @BeforeAll
    static void erinRaisesARequest() {
        JsonNode desks = parse(devhost.get(API + "/servicedesk", "erin"));
        assertThat(desks.path("size").asInt()).isEqualTo(1);
        JsonNode desk = desks.path("values").get(0);
        assertThat(desk.path("projectKey").asText()).isEqualTo("SD");
        serviceDeskId = desk.path("id").asLong();
        assertThat(desk.path("projectId").asText()).isEqualTo(desk.path("id").asText());

        HttpResponse<String> created = devhost.json("POST", API + "/request", "erin",
                "{\"serviceDeskId\": \"" + serviceDeskId + "\", \"requestTypeId\": \"2\", \"requestFieldValues\": "
                        + "{\"summary\": \"VPN keeps dropping\", \"description\": \"Since this morning #vpn <b>x</b>\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode request = parse(created);
        key = request.path("issueKey").asText();
        assertThat(key).startsWith("SD-");
        assertThat(request.path("issueId").asText()).matches("\\d+");
        assertThat(request.path("serviceDeskId").asText()).isEqualTo(Long.toString(serviceDeskId));
        assertThat(request.path("requestTypeId").asText()).isEqualTo("2");
        assertThat(request.path("reporter").path("name").asText()).isEqualTo("erin");
        assertThat(request.path("reporter").has("emailAddress")).isFalse();
        assertThat(request.path("currentStatus").path("status").asText()).isEqualTo("Open");
        assertThat(request.path("currentStatus").path("statusCategory").asText()).isEqualTo("NEW");
        assertThat(request.path("createdDate").path("epochMillis").asLong()).isPositive();
        assertThat(request.path("requestFieldValues").get(0).path("fieldId").asText()).isEqualTo("summary");
        assertThat(request.path("requestFieldValues").get(1).path("value").asText())
                .isEqualTo("Since this morning #vpn <b>x</b>");
        assertThat(request.path("_links").path("web").asText())
                .endsWith("/servicedesk/customer/portal/" + serviceDeskId + "/" + key);
    }

    @Test
    void theRequestWentThroughTheEngineAndTheAgentSeesItsHashtag() {
        JsonNode tags = parse(devhost.get("/rest/social/1.0/hashtags/issue/" + key, "alice"));
        assertThat(tags.path("hashtags").findValuesAsText("tag")).contains("vpn");
        JsonNode issue = parse(devhost.get("/rest/api/2/issue/" + key, "alice"));
        assertThat(issue.path("fields").path("reporter").path("name").asText()).isEqualTo("erin");
    }

    @Test
    void theCustomerSeesHerRequestOnlyThroughThePortal() {
        assertThat(keys(parse(devhost.get(API + "/request", "erin")))).contains(key);
        assertThat(devhost.get(API + "/request/" + key, "erin").statusCode()).isEqualTo(200);
        assertThat(devhost.get(API + "/request/" + key.toLowerCase(), "erin").statusCode()).isEqualTo(200);
        // Jira's agent paths stay closed to a customer, even for her own request.
        assertThat(devhost.get("/rest/api/2/issue/" + key, "erin").statusCode()).isEqualTo(404);
        assertThat(devhost.get("/browse/" + key, "erin").statusCode()).isEqualTo(404);
    }

    /** JSM's filters of GET /request: serviceDeskId and requestStatus (her request is open until resolved). */
    @Test
    void theCustomersRequestsFilterByServiceDeskAndStatus() {
        assertThat(keys(parse(devhost.get(API + "/request?serviceDeskId=" + serviceDeskId
                + "&requestStatus=OPEN_REQUESTS", "erin")))).contains(key);
        assertThat(keys(parse(devhost.get(API + "/request?requestStatus=ALL_REQUESTS", "erin")))).contains(key);
        assertThat(keys(parse(devhost.get(API + "/request?serviceDeskId=" + serviceDeskId
                + "&requestStatus=CLOSED_REQUESTS", "erin")))).doesNotContain(key);
        assertThat(keys(parse(devhost.get(API + "/request?serviceDeskId=987654", "erin")))).isEmpty();
        assertThat(devhost.get(API + "/request?requestStatus=SOME", "erin").statusCode()).isEqualTo(400);
    }

    @Test
    void anotherCustomerGetsTheSame404AsForAMissingRequest() {
        HttpResponse<String> hidden = devhost.get(API + "/request/" + key, "frank");
        HttpResponse<String> missing = devhost.get(API + "/request/SD-99999", "frank");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertThat(devhost.get(API + "/request/" + key + "/comment", "frank").statusCode()).isEqualTo(404);
        assertThat(devhost.json("POST", API + "/request/" + key + "/comment", "frank",
                "{\"body\": \"me too\", \"public\": true}").statusCode()).isEqualTo(404);
        assertThat(keys(parse(devhost.get(API + "/request", "frank")))).doesNotContain(key);
        assertThat(devhost.get("/rest/api/2/issue/" + key, "frank").statusCode()).isEqualTo(404);
        assertThat(devhost.get("/browse/" + key, "frank").statusCode()).isEqualTo(404);
        assertThat(devhost.get("/servicedesk/customer/portal/" + serviceDeskId + "/" + key, "frank").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anIssueOutsideThePortalIsNoRequest() {
        String other = parse(devhost.json("POST", "/rest/api/2/issue", "alice",
                "{\"fields\": {\"project\": {\"key\": \"SEC\"}, \"summary\": \"not a request\","
                        + " \"issuetype\": {\"name\": \"Task\"}}}")).path("key").asText();
        assertThat(other).isNotEmpty();
        assertThat(devhost.get(API + "/request/" + other, "alice").statusCode()).isEqualTo(404);
        assertThat(devhost.get(API + "/request/" + other, "erin").statusCode()).isEqualTo(404);
    }

    @Test
    void anAgentSeesTheRequestAndWritesInternalCommentsThatTheCustomerNeverSees() {
        JsonNode request = parse(devhost.get(API + "/request/" + key, "alice"));
        assertThat(request.path("issueKey").asText()).isEqualTo(key);
        assertThat(request.path("reporter").has("emailAddress")).isTrue();

        HttpResponse<String> internal = devhost.json("POST", API + "/request/" + key + "/comment", "alice",
                "{\"body\": \"" + MARKER + " check the gateway\", \"public\": false}");
        assertThat(internal.statusCode()).as(internal.body()).isEqualTo(201);
        assertThat(parse(internal).path("public").asBoolean()).isFalse();
        HttpResponse<String> viaJira = devhost.json("POST", "/rest/api/2/issue/" + key + "/comment", "bob",
                "{\"body\": \"" + MARKER + " via Jira\", \"properties\": [{\"key\": \"sd.public.comment\","
                        + " \"value\": {\"internal\": true}}]}");
        assertThat(viaJira.statusCode()).isEqualTo(201);
        HttpResponse<String> answer = devhost.json("POST", API + "/request/" + key + "/comment", "alice",
                "{\"body\": \"We are on it.\", \"public\": true}");
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(parse(answer).path("public").asBoolean()).isTrue();

        JsonNode agentView = parse(devhost.get(API + "/request/" + key + "/comment", "alice"));
        assertThat(agentView.path("values").findValuesAsText("body")).hasSizeGreaterThanOrEqualTo(3);

        HttpResponse<String> customerView = devhost.get(API + "/request/" + key + "/comment", "erin");
        assertThat(customerView.statusCode()).isEqualTo(200);
        assertThat(customerView.body()).contains("We are on it.").doesNotContain(MARKER);
        assertThat(devhost.get(API + "/request/" + key, "erin").body()).doesNotContain(MARKER);
        HttpResponse<String> page = devhost.get("/servicedesk/customer/portal/" + serviceDeskId + "/" + key, "erin");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("We are on it.").doesNotContain(MARKER);
    }

    @Test
    void aCustomerMayOnlyPostPublicComments() {
        HttpResponse<String> internal = devhost.json("POST", API + "/request/" + key + "/comment", "erin",
                "{\"body\": \"psst\", \"public\": false}");
        assertThat(internal.statusCode()).isEqualTo(403);
        assertThat(parse(internal).path("message").asText()).isNotEmpty();
        HttpResponse<String> ok = devhost.json("POST", API + "/request/" + key + "/comment", "erin",
                "{\"body\": \"Still broken #vpn\"}");
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(parse(ok).path("public").asBoolean()).isTrue();
        assertThat(parse(ok).path("author").path("name").asText()).isEqualTo("erin");
        assertThat(devhost.json("POST", API + "/request/" + key + "/comment", "erin",
                "{\"body\": \"   \"}").statusCode()).isEqualTo(400);
    }

    @Test
    void badInputIs400AndAHiddenOrMissingServiceDesk404() {
        assertThat(devhost.json("POST", API + "/request", "erin", "{\"serviceDeskId\": \"" + serviceDeskId
                + "\", \"requestTypeId\": \"1\", \"requestFieldValues\": {\"summary\": \"\"}}").statusCode())
                .isEqualTo(400);
        assertThat(devhost.json("POST", API + "/request", "erin", "{\"serviceDeskId\": \"x\", \"requestTypeId\": \"1\","
                + " \"requestFieldValues\": {\"summary\": \"s\"}}").statusCode()).isEqualTo(400);
        assertThat(devhost.json("POST", API + "/request", "erin", "{\"serviceDeskId\": \"" + serviceDeskId
                + "\", \"requestTypeId\": \"77\", \"requestFieldValues\": {\"summary\": \"s\"}}").statusCode())
                .isEqualTo(400);
        assertThat(devhost.json("POST", API + "/request", "erin", "{\"serviceDeskId\": \"" + serviceDeskId
                + "\", \"requestTypeId\": \"1\"}").statusCode()).isEqualTo(400);
        assertThat(devhost.json("POST", API + "/request", "erin", "{\"serviceDeskId\": \"987654\","
                + " \"requestTypeId\": \"1\", \"requestFieldValues\": {\"summary\": \"s\"}}").statusCode())
                .isEqualTo(404);
        assertThat(devhost.json("POST", API + "/request", "erin", "not json").statusCode()).isEqualTo(400);
        assertThat(devhost.get(API + "/servicedesk/" + serviceDeskId + "/requesttype", "erin").statusCode())
                .isEqualTo(200);
        assertThat(devhost.get(API + "/servicedesk/987654/requesttype", "erin").statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousCallersGet401() {
        for (String path : List.of("/servicedesk", "/request", "/request/" + key, "/request/" + key + "/comment")) {
            HttpResponse<String> answer = devhost.get(API + path, Optional.empty());
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.body()).doesNotContain("VPN");
        }
    }

    @Test
    void anAgentRaisesARequestAsAnyIssue() {
        HttpResponse<String> created = devhost.json("POST", API + "/request", "alice",
                "{\"serviceDeskId\": " + serviceDeskId + ", \"requestTypeId\": 1, \"requestFieldValues\": "
                        + "{\"summary\": \"Printer on floor 3\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String agentKey = parse(created).path("issueKey").asText();
        assertThat(keys(parse(devhost.get(API + "/request", "alice")))).contains(agentKey).doesNotContain(key);
        assertThat(devhost.get(API + "/request/" + agentKey, "erin").statusCode()).isEqualTo(404);
    }
}
