package com.socialitsm.devhost;

import static com.socialitsm.devhost.DevHostExtension.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import com.socialitsm.store.ProcessedChangeEntity;
import com.socialitsm.testing.DatabaseTest;

/** The demo tracker's Jira REST subset over HTTP, as API.md describes it, against a devhost without demo data. */
@DatabaseTest
class TrackerRestTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);

    private static String createIssue(String user, String project, String summary) {
        HttpResponse<String> created = devhost.json("POST", "/rest/api/2/issue", user,
                "{\"fields\": {\"project\": {\"key\": \"" + project + "\"}, \"summary\": \"" + summary + "\","
                        + " \"description\": \"Details of " + summary + "\", \"issuetype\": {\"name\": \"Incident\"}}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created).path("key").asText();
    }

    @Test
    void creatingAnIssueAnswersItsIdAndKeyAndGettingItShowsJirasShape() {
        HttpResponse<String> created = devhost.json("POST", "/rest/api/2/issue", "alice",
                "{\"fields\": {\"project\": {\"key\": \"SD\"}, \"summary\": \"Printer jams #printer\","
                        + " \"description\": \"On floor 3\", \"issuetype\": {\"name\": \"Incident\"}}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode answer = parse(created);
        assertThat(answer.path("id").isTextual()).isTrue();
        assertThat(answer.path("key").asText()).matches("SD-\\d+");

        JsonNode issue = parse(devhost.get("/rest/api/2/issue/" + answer.path("key").asText(), "bob"));
        assertThat(issue.path("id").asText()).isEqualTo(answer.path("id").asText());
        assertThat(issue.path("self").asText()).startsWith(devhost.url("/rest/api/2/issue/"));
        JsonNode fields = issue.path("fields");
        assertThat(fields.path("summary").asText()).isEqualTo("Printer jams #printer");
        assertThat(fields.path("description").asText()).isEqualTo("On floor 3");
        assertThat(fields.path("status").path("name").asText()).isEqualTo("Open");
        assertThat(fields.path("project").path("key").asText()).isEqualTo("SD");
        assertThat(fields.path("issuetype").path("name").asText()).isEqualTo("Incident");
        assertThat(fields.path("reporter").path("name").asText()).isEqualTo("alice");
        assertThat(fields.path("reporter").path("displayName").asText()).isEqualTo("Alice Martin");
        assertThat(fields.path("assignee").isNull()).isTrue();
        assertThat(fields.path("resolution").isNull()).isTrue();
        assertThat(fields.path("created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
        assertThat(fields.path("comment").path("comments").size()).isZero();
    }

    @Test
    void editingChangesSummaryAndAssignee() {
        String key = createIssue("alice", "SD", "Wi-Fi slow");
        HttpResponse<String> edited = devhost.json("PUT", "/rest/api/2/issue/" + key, "alice",
                "{\"fields\": {\"summary\": \"Wi-Fi slow on floor 2 #wifi\", \"assignee\": {\"name\": \"bob\"}}}");
        assertThat(edited.statusCode()).isEqualTo(204);
        JsonNode fields = parse(devhost.get("/rest/api/2/issue/" + key, "alice")).path("fields");
        assertThat(fields.path("summary").asText()).isEqualTo("Wi-Fi slow on floor 2 #wifi");
        assertThat(fields.path("assignee").path("name").asText()).isEqualTo("bob");

        assertThat(devhost.json("PUT", "/rest/api/2/issue/" + key, "alice", "{\"fields\": {\"assignee\": null}}")
                .statusCode()).isEqualTo(204);
        assertThat(parse(devhost.get("/rest/api/2/issue/" + key, "alice")).path("fields").path("assignee").isNull())
                .isTrue();
    }

    @Test
    void assigningSomeoneWhoCannotBrowseTheProjectIsABadRequestNamingTheField() {
        String key = createIssue("alice", "SEC", "Access review");
        HttpResponse<String> response = devhost.json("PUT", "/rest/api/2/issue/" + key, "alice",
                "{\"fields\": {\"assignee\": {\"name\": \"dave\"}}}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).path("errors").has("assignee")).isTrue();
    }

    @Test
    void aNulCharacterInASummaryDescriptionOrCommentIsABadRequestNamingTheField() {
        HttpResponse<String> created = devhost.json("POST", "/rest/api/2/issue", "alice",
                "{\"fields\": {\"project\": {\"key\": \"SD\"}, \"summary\": \"Printer\\u0000jams\","
                        + " \"issuetype\": {\"name\": \"Incident\"}}}");
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(parse(created).path("errors").has("summary")).isTrue();

        String key = createIssue("alice", "SD", "Scanner offline");
        HttpResponse<String> edited = devhost.json("PUT", "/rest/api/2/issue/" + key, "alice",
                "{\"fields\": {\"description\": \"a\\u0000b\"}}");
        assertThat(edited.statusCode()).isEqualTo(400);
        assertThat(parse(edited).path("errors").has("description")).isTrue();
        HttpResponse<String> comment = devhost.json("POST", "/rest/api/2/issue/" + key + "/comment", "alice",
                "{\"body\": \"\\u0000\"}");
        assertThat(comment.statusCode()).isEqualTo(400);
        assertThat(parse(comment).path("errors").has("comment")).isTrue();
        assertThat(parse(devhost.get("/rest/api/2/issue/" + key, "alice")).path("fields").path("comment")
                .path("total").asInt()).isZero();
    }

    @Test
    void commentsAreAddedAndListedWithTheirAuthor() {
        String key = createIssue("carol", "SD", "Laptop battery");
        HttpResponse<String> added = devhost.json("POST", "/rest/api/2/issue/" + key + "/comment", "bob",
                "{\"body\": \"Ordered a new battery #laptop\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode comment = parse(added);
        assertThat(comment.path("id").isTextual()).isTrue();
        assertThat(comment.path("author").path("name").asText()).isEqualTo("bob");
        assertThat(comment.path("body").asText()).isEqualTo("Ordered a new battery #laptop");

        JsonNode comments = parse(devhost.get("/rest/api/2/issue/" + key, "carol")).path("fields").path("comment");
        assertThat(comments.path("total").asInt()).isEqualTo(1);
        assertThat(comments.path("comments").get(0).path("body").asText()).isEqualTo("Ordered a new battery #laptop");
    }

    @Test
    void anEmptyCommentIsABadRequest() {
        String key = createIssue("carol", "SD", "Monitor flickers");
        HttpResponse<String> response = devhost.json("POST", "/rest/api/2/issue/" + key + "/comment", "bob",
                "{\"body\": \"   \"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).path("errorMessages").get(0).asText()).isNotBlank();
    }

    @Test
    void transitionsOfferResolveWhileOpenAndReopenWhileResolved() {
        String key = createIssue("alice", "SD", "VPN drops");
        JsonNode open = parse(devhost.get("/rest/api/2/issue/" + key + "/transitions", "alice"));
        assertThat(open.path("transitions").size()).isEqualTo(1);
        assertThat(open.path("transitions").get(0).path("name").asText()).isEqualTo("Resolve");
        String resolveId = open.path("transitions").get(0).path("id").asText();

        assertThat(devhost.json("POST", "/rest/api/2/issue/" + key + "/transitions", "alice",
                "{\"transition\": {\"id\": \"" + resolveId + "\"}}").statusCode()).isEqualTo(204);
        JsonNode resolved = parse(devhost.get("/rest/api/2/issue/" + key, "alice")).path("fields");
        assertThat(resolved.path("status").path("name").asText()).isEqualTo("Resolved");
        assertThat(resolved.path("resolution").path("name").asText()).isEqualTo("Fixed");
        assertThat(resolved.path("resolutiondate").isTextual()).isTrue();

        JsonNode nowAvailable = parse(devhost.get("/rest/api/2/issue/" + key + "/transitions", "alice"));
        assertThat(nowAvailable.path("transitions").get(0).path("name").asText()).isEqualTo("Reopen");
        assertThat(devhost.json("POST", "/rest/api/2/issue/" + key + "/transitions", "alice",
                "{\"transition\": {\"name\": \"Reopen\"}}").statusCode()).isEqualTo(204);
        JsonNode reopened = parse(devhost.get("/rest/api/2/issue/" + key, "alice")).path("fields");
        assertThat(reopened.path("status").path("name").asText()).isEqualTo("Reopened");
        assertThat(reopened.path("resolution").isNull()).isTrue();
    }

    @Test
    void aTransitionThatIsNotAvailableNowIsABadRequest() {
        String key = createIssue("alice", "SD", "Printer offline");
        HttpResponse<String> response = devhost.json("POST", "/rest/api/2/issue/" + key + "/transitions", "alice",
                "{\"transition\": {\"name\": \"Reopen\"}}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).path("error").asText()).isEqualTo("bad_request");
    }

    @Test
    void anonymousRequestsGet401Json() {
        for (String path : new String[] {"/rest/api/2/issue/SD-1", "/rest/social/1.0/feed", "/rest/api/2/myself"}) {
            HttpResponse<String> response = devhost.get(path, Optional.empty());
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(parse(response).path("error").asText()).isEqualTo("not_logged_in");
        }
    }

    @Test
    void aWrongPasswordGets401() {
        HttpResponse<String> response = devhost.send(devhost.request("/rest/api/2/myself")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("alice:bob".getBytes()))
                .GET().build());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void daveGets404OnSecurityIssuesAsIfTheyDidNotExist() {
        String key = createIssue("bob", "SEC", "Phishing wave");
        HttpResponse<String> hidden = devhost.get("/rest/api/2/issue/" + key, "dave");
        HttpResponse<String> missing = devhost.get("/rest/api/2/issue/SEC-99999", "dave");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertThat(devhost.json("POST", "/rest/api/2/issue/" + key + "/comment", "dave", "{\"body\": \"hi\"}")
                .statusCode()).isEqualTo(404);
        assertThat(devhost.get("/rest/api/2/issue/" + key, "carol").statusCode()).isEqualTo(200);
    }

    @Test
    void daveCannotCreateIssuesInSecurity() {
        HttpResponse<String> response = devhost.json("POST", "/rest/api/2/issue", "dave",
                "{\"fields\": {\"project\": {\"key\": \"SEC\"}, \"summary\": \"x\", \"issuetype\": {\"name\": \"Incident\"}}}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).path("errors").has("project")).isTrue();
    }

    @Test
    void aSessionCookieFormPostWithoutTheXsrfHeaderIsRefused() {
        String key = createIssue("alice", "SD", "Teams audio");
        String cookie = devhost.login("alice");
        HttpResponse<String> form = devhost.send(devhost.request("/rest/api/2/issue/" + key + "/comment")
                .header("Cookie", "SOCIALITSM_SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("body=forged")).build());
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(parse(form).path("error").asText()).isEqualTo("xsrf_check_failed");

        HttpResponse<String> pageForm = devhost.send(devhost.request("/secure/AddComment.jspa")
                .header("Cookie", "SOCIALITSM_SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("key=" + key + "&comment=forged")).build());
        assertThat(pageForm.statusCode()).isEqualTo(403);

        HttpResponse<String> json = devhost.send(devhost.request("/rest/api/2/issue/" + key + "/comment")
                .header("Cookie", "SOCIALITSM_SESSION=" + cookie)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"from the browser\"}")).build());
        assertThat(json.statusCode()).isEqualTo(201);
        assertThat(parse(devhost.get("/rest/api/2/issue/" + key, "alice")).path("fields").path("comment")
                .path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aBodyOverOneMegabyteGets413Json() {
        String big = "{\"body\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        HttpResponse<String> response = devhost.json("POST", "/rest/api/2/issue/SD-1/comment", "alice", big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(parse(response).path("error").asText()).isEqualTo("too_large");
        HttpResponse<String> social = devhost.json("POST", "/rest/social/1.0/hashtags/extract", "alice", big);
        assertThat(social.statusCode()).isEqualTo(413);
    }

    @Test
    void malformedJsonAndWrongContentTypeAreJsonErrors() {
        HttpResponse<String> malformed = devhost.json("POST", "/rest/api/2/issue", "alice", "{\"fields\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(parse(malformed).path("error").asText()).isEqualTo("bad_json");

        HttpResponse<String> text = devhost.send(devhost.request("/rest/api/2/issue")
                .header("Authorization", DevHostExtension.basic("alice"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(parse(text).path("message").asText()).contains("application/json");

        HttpResponse<String> unknown = devhost.get("/rest/api/2/nothing-here", "alice");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(parse(unknown).path("error").asText()).isEqualTo("not_found");
    }

    @Test
    void theAppsRestApiAnswersThroughJerseyWithJsonErrors() {
        HttpResponse<String> unknown = devhost.get("/rest/social/1.0/no-such-resource", "alice");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(parse(unknown).path("error").asText()).isEqualTo("not_found");
    }

    @Test
    void everyTrackerChangeReachesTheEngineOnce() {
        String key = createIssue("alice", "SD", "SSO loop #sso");
        long issueId = Long.parseLong(parse(devhost.get("/rest/api/2/issue/" + key, "alice")).path("id").asText());
        devhost.json("POST", "/rest/api/2/issue/" + key + "/comment", "bob", "{\"body\": \"Looking #sso\"}");
        devhost.json("PUT", "/rest/api/2/issue/" + key, "alice", "{\"fields\": {\"assignee\": {\"name\": \"bob\"}}}");
        devhost.json("POST", "/rest/api/2/issue/" + key + "/transitions", "bob", "{\"transition\": {\"id\": \"5\"}}");
        int processed = devhost.host().store().count(ProcessedChangeEntity.class, "ISSUE_ID = ?", issueId);
        assertThat(processed).isEqualTo(4);
    }

    @Test
    void myselfAndProjectsShowWhatTheCallerMaySee() {
        assertThat(parse(devhost.get("/rest/api/2/myself", "carol")).path("displayName").asText())
                .isEqualTo("Carol Schmidt");
        assertThat(parse(devhost.get("/rest/api/2/project", "dave")).findValuesAsText("key")).containsExactly("SD");
        assertThat(parse(devhost.get("/rest/api/2/project", "alice")).findValuesAsText("key"))
                .containsExactly("SD", "SEC");
    }

    @Test
    void statusAnswersOkWithoutLogin() {
        HttpResponse<String> status = devhost.get("/status", Optional.empty());
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(parse(status).path("status").asText()).isEqualTo("ok");
    }
}
