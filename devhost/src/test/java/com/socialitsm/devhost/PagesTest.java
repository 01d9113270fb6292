package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.web.page.FrontEndLimits;
import com.socialitsm.web.page.SocialPage;

/** The devhost's pages over HTTP: login, the frame, the issue view and its forms, the app's pages, static files. */
@DatabaseTest
class PagesTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);
    private static final Pattern ATL_TOKEN = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

    private static HttpResponse<String> page(String path, String cookie) {
        return devhost.send(devhost.request(path).header("Cookie", "SOCIALITSM_SESSION=" + cookie).GET().build());
    }

    private static HttpResponse<String> form(String path, String cookie, String body) {
        return devhost.send(devhost.request(path).header("Cookie", "SOCIALITSM_SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String token(String html) {
        Matcher m = ATL_TOKEN.matcher(html);
        assertThat(m.find()).as("a form with atl_token").isTrue();
        return m.group(1);
    }

    private static String createIssue(String summary) throws Exception {
        HttpResponse<String> created = devhost.json("POST", "/rest/api/2/issue", "alice",
                new ObjectMapper().createObjectNode().set("fields", new ObjectMapper().createObjectNode()
                        .put("summary", summary).put("description", summary)
                        .<com.fasterxml.jackson.databind.node.ObjectNode>set("project",
                                new ObjectMapper().createObjectNode().put("key", "SD"))
                        .set("issuetype", new ObjectMapper().createObjectNode().put("name", "Incident"))).toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ObjectMapper().readTree(created.body()).path("key").asText();
    }

    @Test
    void anonymousPageRequestsGoToTheLoginPageAndComeBack() {
        HttpResponse<String> response = devhost.get("/browse/SD-1", Optional.empty());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?os_destination=%2Fbrowse%2FSD-1");
        HttpResponse<String> login = devhost.get("/login?os_destination=%2Fbrowse%2FSD-1", Optional.empty());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("id=\"login-form\"").contains("value=\"/browse/SD-1\"");
    }

    @Test
    void aWrongPasswordShowsTheLoginFormAgainWithAnError() {
        HttpResponse<String> response = devhost.send(devhost.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", devhost.origin())
                .POST(HttpRequest.BodyPublishers.ofString("os_username=alice&os_password=wrong")).build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("id=\"login-error\"").doesNotContain("Set-Cookie");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SOCIALITSM_SESSION="));
    }

    @Test
    void loginNeverRedirectsToAnotherSite() {
        for (String destination : new String[] {"//evil.example", "https://evil.example", "/\\evil.example"}) {
            HttpResponse<String> response = devhost.send(devhost.request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", devhost.origin())
                    .POST(HttpRequest.BodyPublishers.ofString("os_username=bob&os_password=bob&os_destination="
                            + java.net.URLEncoder.encode(destination, java.nio.charset.StandardCharsets.UTF_8)))
                    .build());
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValue("/");
        }
    }

    @Test
    void theIssueViewEscapesUserTextAndCarriesThePanelMountPoints() throws Exception {
        String key = createIssue("<script>alert('x')</script> \"quoted\" & #vpn");
        String cookie = devhost.login("carol");
        HttpResponse<String> response = page("/browse/" + key, cookie);
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&quot;quoted&quot; &amp; #vpn");
        for (String panel : new String[] {"issue-hashtags", "issue-votes", "issue-kudos", "issue-follow",
                "issue-questions"}) {
            assertThat(html).contains("data-social-panel=\"" + panel + "\" data-issue-key=\"" + key + "\"");
        }
        assertThat(html).contains("window.SOCIAL_I18N = {").contains("type=\"module\"").contains("/social-itsm/js/main.js")
                .contains("window.SOCIAL_LIMITS = " + FrontEndLimits.toScriptJson() + ";");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self' 'nonce-");
        assertThat(html).doesNotContain("$i18n").doesNotContain("${");
    }

    @Test
    void theIssueFormsCommentAssignAndResolveWithTheSessionsToken() throws Exception {
        String key = createIssue("Docking station #docking");
        String cookie = devhost.login("alice");
        String token = token(page("/browse/" + key, cookie).body());

        HttpResponse<String> comment = form("/secure/AddComment.jspa", cookie,
                "atl_token=" + token + "&key=" + key + "&comment=Try+the+other+cable+%23docking");
        assertThat(comment.statusCode()).isEqualTo(303);
        assertThat(comment.headers().firstValue("Location").orElse("")).startsWith("/browse/" + key + "#comment-");

        assertThat(form("/secure/AssignIssue.jspa", cookie, "atl_token=" + token + "&key=" + key + "&assignee=bob")
                .statusCode()).isEqualTo(303);
        assertThat(form("/secure/WorkflowAction.jspa", cookie, "atl_token=" + token + "&key=" + key + "&action=5")
                .statusCode()).isEqualTo(303);

        String html = page("/browse/" + key, cookie).body();
        assertThat(html).contains("Try the other cable #docking").contains("Bob Nguyen").contains(">Resolved<")
                .contains("id=\"action_id_3\"");
    }

    @Test
    void theCreateFormCreatesAnIssueAndExplainsWhatIsMissing() {
        String cookie = devhost.login("carol");
        String token = token(page("/secure/CreateIssue.jspa", cookie).body());
        HttpResponse<String> created = form("/secure/CreateIssue.jspa", cookie, "atl_token=" + token
                + "&pid=SD&issuetype=Incident&summary=Monitor+is+dark+%23monitor&description=Since+the+move");
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).as("the issue page, told to confirm (#20 item 19)").matches("/browse/SD-\\d+\\?done=created");
        assertThat(page(location, cookie).body()).contains("Monitor is dark #monitor");

        HttpResponse<String> missing = form("/secure/CreateIssue.jspa", cookie, "atl_token=" + token
                + "&pid=SD&issuetype=Incident&summary=+&description=x");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("You must specify a summary of the issue.");
    }

    @Test
    void aFormPostWithAnotherSessionsTokenIsRefused() throws Exception {
        String key = createIssue("Forged comment target");
        String alice = devhost.login("alice");
        String bob = devhost.login("bob");
        String bobsToken = token(page("/browse/" + key, bob).body());
        assertThat(form("/secure/AddComment.jspa", alice, "atl_token=" + bobsToken + "&key=" + key + "&comment=x")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void everyAppPageRendersItsPanelInTheFrame() throws Exception {
        String cookie = devhost.login("admin");
        HttpResponse<String> asked = devhost.json("POST", "/rest/social/1.0/questions", "admin",
                "{\"title\": \"Where is the VPN guide?\", \"body\": \"It moved.\", \"project\": \"SD\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String question = new ObjectMapper().readTree(asked.body()).path("id").asText();
        HttpResponse<String> polled = devhost.json("POST", "/rest/social/1.0/polls", "admin",
                "{\"project\": \"SD\", \"question\": \"Open at 8?\", \"options\": [\"Yes\", \"No\"], \"closesAt\": \""
                        + java.time.Instant.now().plus(java.time.Duration.ofDays(1)) + "\"}");
        assertThat(polled.statusCode()).as(polled.body()).isEqualTo(201);
        String poll = new ObjectMapper().readTree(polled.body()).path("id").asText();
        for (SocialPage page : SocialPage.values()) {
            String path = page.hasArgument() ? page.path() + "/" + switch (page) {
                case HASHTAG -> "vpn";
                case QUESTION, IDEA -> question;
                case POLL -> poll;
                default -> "carol";
            } : page.path();
            HttpResponse<String> response = page(path, cookie);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("data-social-panel=\"" + page.panel() + "\"")
                    .contains("id=\"devhost-user-menu\"").contains("window.SOCIAL_I18N");
        }
        assertThat(page("/plugins/servlet/social/hashtags/vpn", cookie).body()).contains("data-tag=\"vpn\"");
        assertThat(page("/plugins/servlet/social/users/carol", cookie).body())
                .contains("data-user-key=\"carol\"").contains("Carol Schmidt");
    }

    @Test
    void theAdminPageIsForAdministratorsOnly() {
        assertThat(page("/plugins/servlet/social/admin", devhost.login("alice")).statusCode()).isEqualTo(403);
        assertThat(page("/plugins/servlet/social/admin", devhost.login("admin")).statusCode()).isEqualTo(200);
        assertThat(page("/plugins/servlet/social/nothing", devhost.login("admin")).statusCode()).isEqualTo(404);
    }

    @Test
    void aMissingQuestionOrPersonIsANotFoundPage() {
        String cookie = devhost.login("alice");
        for (String path : List.of("/plugins/servlet/social/questions/999999", "/plugins/servlet/social/questions/x",
                "/plugins/servlet/social/users/nobody-of-that-name")) {
            HttpResponse<String> response = page(path, cookie);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            // The frame's own mounts (the header's notifications) stay; the page's panel is absent.
            assertThat(response.body()).as(path).doesNotContain("social-panel-mount");
        }
    }

    @Test
    void hiddenIssuesAreNotFoundPages() throws Exception {
        HttpResponse<String> created = devhost.json("POST", "/rest/api/2/issue", "bob",
                "{\"fields\": {\"project\": {\"key\": \"SEC\"}, \"summary\": \"Secret\", \"issuetype\": {\"name\": \"Task\"}}}");
        String key = new ObjectMapper().readTree(created.body()).path("key").asText();
        HttpResponse<String> response = page("/browse/" + key, devhost.login("dave"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Secret");
    }

    @Test
    void staticModulesAreJavaScriptCachedForTheRunningVersion() {
        String cookie = devhost.login("alice");
        String html = page("/", cookie).body();
        Matcher m = Pattern.compile("src=\"(/s/[^\"]+/social-itsm/js/main\\.js)\"").matcher(html);
        assertThat(m.find()).isTrue();
        HttpResponse<String> main = devhost.get(m.group(1), Optional.empty());
        assertThat(main.statusCode()).isEqualTo(200);
        assertThat(main.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(main.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
        String etag = main.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = devhost.send(devhost.request(m.group(1)).header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);

        String core = m.group(1).replace("main.js", "core.js");
        assertThat(devhost.get(core, Optional.empty()).body()).contains("export function register");
        String css = m.group(1).replace("js/main.js", "css/pages.css");
        assertThat(devhost.get(css, Optional.empty()).headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/css");
    }

    @Test
    void staticFilesOutsideTheServedFoldersAreNotFound() {
        for (String path : new String[] {"/s/1/social-itsm/../../simplelogger.properties", "/s/1/templates/frame.vm",
                "/s/1/i18n/social-itsm.properties", "/s/1/com/socialitsm/devhost/DevHost.class"}) {
            assertThat(devhost.get(path, Optional.empty()).statusCode()).as(path).isIn(400, 404);
        }
    }

    @Test
    void logoutNeedsTheSessionsTokenAndEndsTheSession() {
        String cookie = devhost.login("carol");
        Matcher link = Pattern.compile("/logout\\?atl_token=([A-Za-z0-9_-]+)").matcher(page("/", cookie).body());
        assertThat(link.find()).as("the user menu's logout link").isTrue();
        String token = link.group(1);
        assertThat(page("/logout", cookie).headers().firstValue("Location")).hasValue("/");
        assertThat(page("/", cookie).statusCode()).isEqualTo(200);
        HttpResponse<String> out = page("/logout?atl_token=" + token, cookie);
        assertThat(out.headers().firstValue("Location")).hasValue("/login");
        assertThat(page("/", cookie).statusCode()).isEqualTo(302);
    }

    @Test
    void avatarsAreGeneratedImages() {
        HttpResponse<String> avatar = devhost.get("/secure/useravatar?ownerId=alice", "bob");
        assertThat(avatar.statusCode()).isEqualTo(200);
        assertThat(avatar.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(avatar.body()).contains(">AM<");
    }
}
