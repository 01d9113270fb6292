package com.socialitsm.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.host.ProjectRef;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * The listening post over real HTTP: the admin resource (201/200/204, 400, 401, 403, 404), the URL for Slack and
 * Mattermost form posts, Teams' signed JSON and plain JSON, every error it answers (404, 413, 429, 401, 400) as JSON,
 * the 404 of an unknown secret identical whatever was tried, and the tag page's {@code chatter}, the same for a tag
 * used only on issues the viewer may not see as for a tag nobody used.
 */
@DatabaseTest
class ListeningHttpTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAMS_KEY = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
            31, 32});

    private SocialWorld world;
    private RestServer server;

    @BeforeEach
    void serve() {
        world = new SocialWorld(db.store());
        for (String user : List.of("admin", "alice", "dave")) {
            world.host.addUser(user);
        }
        world.host.makeAdmin("admin");
        ProjectRef sd = world.host.addProject("SD");
        ProjectRef sec = world.host.addProject("SEC");
        world.host.restrictProject(sec, "alice");
        world.create(sd, "VPN drops #vpn", "", "alice");
        world.create(sec, "Breach #breach", "", "alice");
        server = new RestServer(world.app);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // ---- administration

    @Test
    void anAdministratorAddsListsAndRemovesSources() throws Exception {
        JsonNode added = json(send("POST", "admin/listening", "admin", "application/json",
                "{\"name\": \"#ops on Slack\", \"format\": \"slack\"}"), 201);
        assertThat(added.get("id").asLong()).isPositive();
        assertThat(added.get("name").asText()).isEqualTo("#ops on Slack");
        assertThat(added.get("format").asText()).isEqualTo("slack");
        String url = added.get("url").asText();
        assertThat(url).startsWith(server.base() + "listen/").matches(".*/listen/[A-Za-z0-9_-]{43}");
        assertThat(added.get("signed").asBoolean()).isFalse();

        JsonNode listed = json(send("GET", "admin/listening", "admin", null, null), 200);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("url").asText()).isEqualTo(url);

        assertThat(send("DELETE", "admin/listening/" + added.get("id").asLong(), "admin", null, null).statusCode())
                .isEqualTo(204);
        assertThat(json(send("GET", "admin/listening", "admin", null, null), 200)).isEmpty();
        assertThat(json(send("DELETE", "admin/listening/" + added.get("id").asLong(), "admin", null, null), 404)
                .get("error").asText()).isEqualTo("not_found");
        assertThat(json(sendTo(URI.create(url), "application/json", "{\"text\": \"#vpn\"}", Map.of()), 404)
                .get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void onlyAdministratorsManageSourcesAndBadInputIsA400() throws Exception {
        String body = "{\"name\": \"ops\", \"format\": \"plain\"}";
        assertThat(json(send("POST", "admin/listening", null, "application/json", body), 401).get("error").asText())
                .isEqualTo("not_logged_in");
        json(send("POST", "admin/listening", "alice", "application/json", body), 403);
        json(send("GET", "admin/listening", "alice", null, null), 403);
        json(send("DELETE", "admin/listening/1", "alice", null, null), 403);
        json(send("PUT", "admin/listening/settings", "alice", "application/json", "{\"perMinute\": 5}"), 403);

        assertThat(json(send("POST", "admin/listening", "admin", "application/json",
                "{\"name\": \"ops\", \"format\": \"irc\"}"), 400).get("error").asText()).isEqualTo("invalid_format");
        assertThat(json(send("POST", "admin/listening", "admin", "application/json",
                "{\"format\": \"slack\"}"), 400).get("error").asText()).isEqualTo("invalid_name");
        assertThat(json(send("POST", "admin/listening", "admin", "application/json",
                "{\"name\": \"t\", \"format\": \"teams\", \"sharedKey\": \"%%%\"}"), 400).get("error").asText())
                .isEqualTo("invalid_shared_key");
        json(send("POST", "admin/listening", "admin", "application/json", "{not json"), 400);
        json(send("DELETE", "admin/listening/x", "admin", null, null), 400);
        json(send("PUT", "admin/listening/settings", "admin", "application/json", "{\"perMinute\": 0}"), 400);
        json(send("PUT", "admin/listening/settings", "admin", "application/json", "{\"trendingWeight\": 11}"), 400);
        JsonNode settings = json(send("PUT", "admin/listening/settings", "admin", "application/json",
                "{\"trendingWeight\": 0.5}"), 200);
        assertThat(settings.get("perMinute").asInt()).isEqualTo(60);
        assertThat(settings.get("trendingWeight").asDouble()).isEqualTo(0.5);
    }

    // ---- the URL

    @Test
    void slackAndMattermostFormPostsAreCountedWithoutLoginOrXsrfHeader() throws Exception {
        URI url = source("slack", null);
        String form = "token=abc&team_id=T0001&channel_name=ops&user_name=steve&text="
                + URLEncoder.encode("<@U123> is the #VPN down? #vpn #wifi", StandardCharsets.UTF_8)
                + "&trigger_word=";

        JsonNode heard = json(sendTo(url, "application/x-www-form-urlencoded", form, Map.of()), 200);

        assertThat(heard.get("tags")).extracting(JsonNode::asText).containsExactly("vpn", "wifi");
        assertThat(heard.has("text")).as("Slack would post a text back into the channel").isFalse();
        json(sendTo(url, "application/json", "{\"token\": \"abc\", \"channel_name\": \"ops\", \"text\": \"#vpn\"}",
                Map.of()), 200);
        assertThat(json(send("GET", "hashtags/vpn", "dave", null, null), 200).get("chatter").asInt()).isEqualTo(2);
        assertThat(json(send("GET", "hashtags/vpn", "dave", null, null), 200).get("count").asInt()).isEqualTo(1);
    }

    @Test
    void aSlackSourceWithATokenRefusesMessagesWithoutIt() throws Exception {
        URI url = source("slack", "s3cr3t-token");
        json(sendTo(url, "application/x-www-form-urlencoded", "token=s3cr3t-token&text=%23vpn", Map.of()), 200);
        assertThat(json(sendTo(url, "application/x-www-form-urlencoded", "token=wrong&text=%23vpn", Map.of()), 401)
                .get("error").asText()).isEqualTo("bad_signature");
        json(sendTo(url, "application/x-www-form-urlencoded", "text=%23vpn", Map.of()), 401);
    }

    @Test
    void teamsMessagesAreVerifiedWithHmacSha256OfTheBodyAndAnsweredWithAReply() throws Exception {
        URI url = source("teams", TEAMS_KEY);
        String body = "{\"type\":\"message\",\"text\":\"<at>Listener</at> the #VPN is down\",\"from\":{\"name\":\"Ann\"}}";

        JsonNode reply = json(sendTo(url, "application/json", body, Map.of("Authorization", "HMAC " + hmac(body))), 200);
        assertThat(reply.get("type").asText()).isEqualTo("message");
        assertThat(reply.get("text").asText()).isEqualTo("Heard #vpn.");

        String tampered = body.replace("#VPN", "#wifi");
        assertThat(json(sendTo(url, "application/json", tampered, Map.of("Authorization", "HMAC " + hmac(body))), 401)
                .get("error").asText()).isEqualTo("bad_signature");
        json(sendTo(url, "application/json", body, Map.of()), 401);
        json(sendTo(url, "application/json", body, Map.of("Authorization", "Basic YWRtaW46YWRtaW4=")), 401);
    }

    @Test
    void plainJsonIsCounted() throws Exception {
        URI url = source("plain", null);
        assertThat(json(sendTo(url, "application/json; charset=utf-8", "{\"text\": \"#Outage in #vpn\"}", Map.of()), 200)
                .get("tags")).extracting(JsonNode::asText).containsExactly("outage", "vpn");
    }

    @Test
    void aMalformedMessageIsA400() throws Exception {
        URI url = source("plain", null);
        for (String[] sent : new String[][] {{"application/json", "{not json"}, {"application/json", "{\"txt\": \"x\"}"},
                {"application/json", "{\"text\": 42}"}, {"application/json", "[\"text\"]"}, {"application/json", ""},
                {"text/plain", "#vpn"}, {"application/x-www-form-urlencoded", "message=%23vpn"}}) {
            assertThat(json(sendTo(url, sent[0], sent[1], Map.of()), 400).get("error").asText())
                    .as(sent[0] + " " + sent[1]).isEqualTo("malformed_message");
        }
    }

    @Test
    void aBodyOver64KbIsA413() throws Exception {
        URI url = source("plain", null);
        String big = "{\"text\": \"#vpn " + "x".repeat(64 * 1024) + "\"}";
        assertThat(json(sendTo(url, "application/json", big, Map.of()), 413).get("error").asText())
                .isEqualTo("too_large");
        String bigForm = "text=" + "x".repeat(64 * 1024 + 1);
        json(sendTo(url, "application/x-www-form-urlencoded", bigForm, Map.of()), 413);
        String almost = "{\"text\": \"#vpn " + "x".repeat(60 * 1024) + "\"}";
        json(sendTo(url, "application/json", almost, Map.of()), 200);
    }

    @Test
    void aSourcePastItsPerMinuteLimitGetsA429() throws Exception {
        json(send("PUT", "admin/listening/settings", "admin", "application/json", "{\"perMinute\": 2}"), 200);
        URI url = source("plain", null);
        URI other = source("plain", null);
        json(sendTo(url, "application/json", "{\"text\": \"#vpn\"}", Map.of()), 200);
        json(sendTo(url, "application/json", "{\"text\": \"#vpn\"}", Map.of()), 200);
        assertThat(json(sendTo(url, "application/json", "{\"text\": \"#vpn\"}", Map.of()), 429).get("error").asText())
                .isEqualTo("rate_limited");
        json(sendTo(other, "application/json", "{\"text\": \"#vpn\"}", Map.of()), 200);
        world.clock.advance(java.time.Duration.ofMinutes(2));
        json(sendTo(url, "application/json", "{\"text\": \"#vpn\"}", Map.of()), 200);
    }

    /**
     * An attacker learns nothing by trying secrets: a random one, one that differs from a real secret in its last
     * character, a prefix, a deleted source's, nonsense — each answers the same status, headers and bytes.
     */
    @Test
    void everyUnknownSecretAnswersTheIdentical404() throws Exception {
        URI real = source("plain", null);
        String secret = real.toString().substring(real.toString().lastIndexOf('/') + 1);
        URI deleted = source("plain", null);
        long deletedId = json(send("GET", "admin/listening", "admin", null, null), 200).get(1).get("id").asLong();
        send("DELETE", "admin/listening/" + deletedId, "admin", null, null);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        char last = secret.charAt(42);
        List<String> tries = List.of(
                Base64.getUrlEncoder().withoutPadding().encodeToString(random),
                secret.substring(0, 42) + (last == 'A' ? 'B' : 'A'),
                secret.substring(0, 20),
                secret + "A",
                deleted.toString().substring(deleted.toString().lastIndexOf('/') + 1),
                "x",
                "%2e%2e");

        HttpResponse<String> first = null;
        for (String tried : tries) {
            HttpResponse<String> answer = sendTo(URI.create(server.base() + "listen/" + tried), "application/json",
                    "{\"text\": \"#vpn\"}", Map.of());
            assertThat(answer.statusCode()).as(tried).isEqualTo(404);
            if (first == null) {
                first = answer;
                assertThat(JSON.readTree(answer.body()).get("message").asText()).isEqualTo("There is no such listening URL.");
            } else {
                assertThat(answer.body()).as(tried).isEqualTo(first.body());
                assertThat(headersBut(answer.headers())).as(tried).isEqualTo(headersBut(first.headers()));
            }
        }
        json(sendTo(real, "application/json", "{\"text\": \"#vpn\"}", Map.of()), 200);
    }

    @Test
    void chatterOnTheTagPageSaysNothingAboutHiddenIssues() throws Exception {
        URI url = source("plain", null);
        json(sendTo(url, "application/json", "{\"text\": \"#breach #neverused #breach\"}", Map.of()), 200);

        HttpResponse<String> hidden = send("GET", "hashtags/breach", "dave", null, null);
        HttpResponse<String> unused = send("GET", "hashtags/neverused", "dave", null, null);

        assertThat(hidden.body().replace("breach", "TAG")).isEqualTo(unused.body().replace("neverused", "TAG"));
        assertThat(json(hidden, 200).get("chatter").asInt()).isEqualTo(1);
        assertThat(json(hidden, 200).get("count").asInt()).isZero();
        assertThat(json(send("GET", "hashtags/breach", "alice", null, null), 200).get("count").asInt()).isEqualTo(1);
    }

    // ---- helpers

    private URI source(String format, String key) throws Exception {
        String body = "{\"name\": \"src\", \"format\": \"" + format + "\""
                + (key == null ? "" : ", \"sharedKey\": \"" + key + "\"") + "}";
        return URI.create(json(send("POST", "admin/listening", "admin", "application/json", body), 201)
                .get("url").asText());
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(TEAMS_KEY), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, List<String>> headersBut(HttpHeaders headers) {
        Map<String, List<String>> kept = new TreeMap<>(headers.map());
        kept.remove("date");
        return kept;
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String user, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (body == null && !method.equals("GET")) {
            request.header("X-Atlassian-Token", "no-check"); // a bodiless write, as scripts send it (XsrfCheck)
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What a chat server sends: no login, no XSRF header. */
    private static HttpResponse<String> sendTo(URI url, String type, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", type);
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
