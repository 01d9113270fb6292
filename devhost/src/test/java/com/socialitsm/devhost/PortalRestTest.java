package com.socialitsm.devhost;

import static com.socialitsm.devhost.DevHostExtension.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import com.socialitsm.testing.DatabaseTest;

/**
 * The customer portal's REST over HTTP in the devhost, every permission edge: erin and frank are portal customers of
 * SD (they browse no project), alice and bob are SD's agents, dave an agent too (SD is open to every licensed user),
 * and anonymous callers. A marker planted in an issue's summary, description, comment and hashtags reaches no portal
 * answer.
 */
@DatabaseTest
class PortalRestTest {
    private static final String MARKER = "zqxmarker";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);
    private static String issueKey;
    private static long portalId;
    private static long knownIssueId;

    @BeforeAll
    static void anAgentPublishesAKnownIssue() {
        HttpResponse<String> created = devhost.json("POST", "/rest/api/2/issue", "alice",
                "{\"fields\": {\"project\": {\"key\": \"SD\"}, \"summary\": \"VPN " + MARKER + " summary #" + MARKER
                        + "\", \"description\": \"internal " + MARKER + "\", \"issuetype\": {\"name\": \"Incident\"}}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        issueKey = parse(created).path("key").asText();
        assertThat(devhost.json("POST", "/rest/api/2/issue/" + issueKey + "/comment", "bob",
                "{\"body\": \"internal comment " + MARKER + " #" + MARKER + "x\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> known = devhost.json("POST", "/rest/social/1.0/known-issues", "alice",
                "{\"issueKey\": \"" + issueKey + "\", \"title\": \"VPN drops for remote staff\","
                        + " \"text\": \"We are looking into it.\"}");
        assertThat(known.statusCode()).as(known.body()).isEqualTo(201);
        knownIssueId = parse(known).path("id").asLong();
        portalId = parse(known).path("portalId").asLong();
        assertThat(parse(known).path("status").asText()).isEqualTo("investigating");
    }

    @Test
    void aCustomerSeesTheKnownIssueSaysMeTooAndFollows() {
        JsonNode list = parse(devhost.get("/rest/social/1.0/portal/" + portalId + "/known-issues", "erin"));
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).path("title").asText()).isEqualTo("VPN drops for remote staff");
        JsonNode meToo = parse(devhost.json("PUT", "/rest/social/1.0/portal/known-issues/" + knownIssueId + "/me-too",
                "frank", ""));
        assertThat(meToo.path("myMeToo").asBoolean()).isTrue();
        assertThat(meToo.path("meToo").asInt()).isPositive();
        JsonNode follow = parse(devhost.json("PUT", "/rest/social/1.0/portal/known-issues/" + knownIssueId + "/follow",
                "frank", ""));
        assertThat(follow.path("following").asBoolean()).isTrue();
        JsonNode portals = parse(devhost.get("/rest/social/1.0/portal/portals", "erin"));
        assertThat(portals.get(0).path("id").asLong()).isEqualTo(portalId);
        assertThat(portals.get(0).path("agent").asBoolean()).isFalse();
    }

    @Test
    void permissionEdges() {
        String list = "/rest/social/1.0/portal/" + portalId + "/known-issues";
        String meToo = "/rest/social/1.0/portal/known-issues/" + knownIssueId + "/me-too";
        assertThat(devhost.get(list, Optional.empty()).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(devhost.get(list, "bob").statusCode()).as("agent reads").isEqualTo(200);
        assertThat(devhost.json("PUT", meToo, "bob", "").statusCode()).as("agent upvotes instead").isEqualTo(403);
        assertThat(devhost.json("POST", "/rest/social/1.0/known-issues", "erin",
                "{\"issueKey\": \"" + issueKey + "\", \"title\": \"t\", \"text\": \"x\"}").statusCode())
                .as("customer on an agent endpoint").isEqualTo(403);
        assertThat(devhost.json("PUT", "/rest/social/1.0/known-issues/" + knownIssueId, "frank",
                "{\"status\": \"fixed\"}").statusCode()).isEqualTo(403);
        assertThat(devhost.get("/rest/social/1.0/portal/999999/known-issues", "erin").statusCode())
                .as("another (missing) portal").isEqualTo(404);
        assertThat(devhost.get("/rest/social/1.0/portal/known-issues/999999", "erin").statusCode()).isEqualTo(404);
        assertThat(devhost.json("POST", "/rest/social/1.0/known-issues", "alice",
                "{\"issueKey\": \"" + issueKey + "\", \"title\": \"\", \"text\": \"x\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void customersGet404OnTheAgentsViewsOfRequests() {
        assertThat(devhost.get("/browse/" + issueKey, "erin").statusCode()).isEqualTo(404);
        assertThat(devhost.get("/rest/api/2/issue/" + issueKey, "erin").statusCode()).isEqualTo(404);
        assertThat(devhost.get("/rest/api/2/issue/" + issueKey, "frank").statusCode()).isEqualTo(404);
        assertThat(devhost.get("/rest/api/2/issue/" + issueKey, "bob").statusCode()).isEqualTo(200);
    }

    @Test
    void noPortalAnswerCarriesTheMarker() {
        StringBuilder answers = new StringBuilder();
        for (String user : new String[] {"erin", "frank", "bob"}) {
            answers.append(devhost.get("/rest/social/1.0/portal/" + portalId + "/known-issues", user).body());
            answers.append(devhost.get("/rest/social/1.0/portal/" + portalId + "/known-issues?q=vpn", user).body());
            answers.append(devhost.get("/rest/social/1.0/portal/known-issues/" + knownIssueId, user).body());
            answers.append(devhost.get("/rest/social/1.0/portal/portals", user).body());
        }
        assertThat(answers.toString()).contains("VPN drops for remote staff").doesNotContainIgnoringCase(MARKER)
                .doesNotContain(issueKey);
    }

    /**
     * The marker in everything internal about a customer's own request (an internal comment with a hashtag, an
     * agent's hashtag, an internal question on the request and one in the project, with answers) reaches no portal
     * page and no portal or JSM-REST answer a customer gets, the community Q&amp;A's included (also when searched for).
     */
    @Test
    void noPortalPageNorQaAnswerCarriesTheMarker() throws Exception {
        JsonNode desk = parse(devhost.get("/rest/servicedeskapi/servicedesk", "erin")).path("values").get(0);
        long type = parse(devhost.get("/rest/servicedeskapi/servicedesk/" + desk.path("id").asText() + "/requesttype",
                "erin")).path("values").get(0).path("id").asLong();
        HttpResponse<String> raised = devhost.json("POST", "/rest/servicedeskapi/request", "erin",
                "{\"serviceDeskId\": \"" + desk.path("id").asText() + "\", \"requestTypeId\": \"" + type + "\","
                        + " \"requestFieldValues\": {\"summary\": \"Laptop will not boot\", \"description\": \"Black screen\"}}");
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        String request = parse(raised).path("issueKey").asText();
        assertThat(devhost.json("POST", "/rest/servicedeskapi/request/" + request + "/comment", "alice",
                "{\"body\": \"internal " + MARKER + " #" + MARKER + "y\", \"public\": false}").statusCode())
                .isEqualTo(201);
        assertThat(devhost.json("POST", "/rest/social/1.0/hashtags/issue/" + request, "alice",
                "{\"tags\": [\"" + MARKER + "z\"]}").statusCode()).isEqualTo(200);
        for (String placement : new String[] {"\"issueKey\": \"" + request + "\"", "\"project\": \"SD\""}) {
            HttpResponse<String> asked = devhost.json("POST", "/rest/social/1.0/questions", "alice",
                    "{\"title\": \"Runbook " + MARKER + " for laptops\", \"body\": \"Body " + MARKER + "\", "
                            + placement + "}");
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
            assertThat(devhost.json("POST", "/rest/social/1.0/questions/" + parse(asked).path("id").asLong()
                    + "/answers", "bob", "{\"body\": \"Answer " + MARKER + "\"}").statusCode()).isEqualTo(201);
        }
        HttpResponse<String> portalQuestion = devhost.json("POST", "/rest/social/1.0/portal/" + portalId
                + "/questions", "erin", "{\"title\": \"Why will my laptop not boot?\", \"body\": \"Black screen\"}");
        assertThat(portalQuestion.statusCode()).as(portalQuestion.body()).isEqualTo(201);
        assertThat(devhost.json("POST", "/rest/social/1.0/portal/questions/" + parse(portalQuestion).path("id")
                .asLong() + "/answers", "bob", "{\"body\": \"Hold the power button.\"}").statusCode()).isEqualTo(201);

        StringBuilder seen = new StringBuilder();
        for (String customer : new String[] {"erin", "frank"}) {
            for (String path : new String[] {"/servicedesk/customer/portals", "/servicedesk/customer/portal/" + portalId,
                "/servicedesk/customer/portal/" + portalId + "/" + request,
                "/rest/social/1.0/portal/" + portalId + "/questions",
                "/rest/social/1.0/portal/" + portalId + "/questions?q=runbook%20" + MARKER,
                "/rest/social/1.0/portal/" + portalId + "/questions?q=laptop",
                "/rest/social/1.0/portal/" + portalId + "/known-issues?q=" + MARKER,
                "/rest/servicedeskapi/request", "/rest/servicedeskapi/request/" + request,
                "/rest/servicedeskapi/request/" + request + "/comment"}) {
                seen.append(devhost.get(path, customer).body());
            }
        }
        assertThat(seen.toString()).contains("Why will my laptop not boot?").contains("Hold the power button.")
                .contains("Laptop will not boot").doesNotContainIgnoringCase(MARKER);
    }
}
