package com.socialitsm.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;
import com.socialitsm.web.rest.WriteRateLimit;

/**
 * Body size (413), Jira's XSRF rule (403), malformed content types and numbers (400) and the per-user write limit
 * (429), over real HTTP, as JSON errors that no cache keeps.
 */
@DatabaseTest
class RequestGuardsTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static SocialWorld world;
    private static RestServer server;

    @BeforeAll
    static void serve() {
        System.setProperty(WriteRateLimit.PER_MINUTE_PROPERTY, "1");
        System.setProperty(WriteRateLimit.BURST_PROPERTY, "5");
        world = new SocialWorld(db.store());
        world.host.addUser("alice");
        server = new RestServer(world.app);
        System.clearProperty(WriteRateLimit.PER_MINUTE_PROPERTY);
        System.clearProperty(WriteRateLimit.BURST_PROPERTY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String type, byte[] body, boolean token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Content-Type", type)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void textWithANulCharacterIsRefusedWithA400BeforeItReachesTheDatabase() throws Exception {
        HttpResponse<String> escaped = post("hashtags/extract", "application/json",
                "{\"text\":\"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8), false);
        assertThat(escaped.statusCode()).isEqualTo(400);
        assertThat(escaped.body()).contains("\"error\":\"bad_text\"");

        HttpRequest search = HttpRequest.newBuilder(URI.create(server.base() + "questions?q=a%00b"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes()))
                .GET().build();
        assertThat(HTTP.send(search, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }

    @Test
    void aMalformedContentTypeIsA400JsonAnswerWithOrWithoutTheXsrfToken() throws Exception {
        // Found by a hostile test (#21): each of these was a 500 with a stack trace from the XSRF filter's parsing.
        for (String type : List.of("application/json; charset", "/", "application/", "application/json,",
                "application/json; a=\"", "application/json;x=text/plain", "text/plain;x=a/b")) {
            for (boolean token : List.of(false, true)) {
                HttpResponse<String> answer = post("hashtags/extract", type,
                        "{\"text\":\"#vpn\"}".getBytes(StandardCharsets.UTF_8), token);
                assertThat(answer.statusCode()).as(type + (token ? " with the token" : "")).isEqualTo(400);
                assertThat(answer.body()).as(type).contains("\"error\":\"bad_content_type\"");
            }
        }
    }

    @Test
    void aMalformedNumberInTheQueryIsA400NotA404AndNoAnswerIsCached() throws Exception {
        world.host.addProject("SD");
        for (String path : List.of("votes/top?project=SD&limit=abc", "questions?limit=abc",
                "questions/similar?title=printer&limit=abc", "kudos/leaderboard?limit=abc", "feed?limit=abc",
                "feed/suggestions?limit=1.5", "hashtags/suggest?q=v&limit=x", "hashtags/trending?limit=-",
                "kudos/users/alice/ledger?limit=abc", "kudos/users/alice/ledger?before=abc",
                "kudos/users/alice/ledger?before=-1")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).contains("\"error\"");
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
        for (String path : List.of("feed", "hashtags/trending", "votes/issue/NOPE-1")) {
            assertThat(get(path).headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void guardsAnswerWithJsonErrors() throws Exception {
        byte[] huge = ("{\"text\":\"" + "a".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tooLarge = post("hashtags/extract", "application/json", huge, false);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"error\":\"too_large\"");

        HttpResponse<String> form = post("hashtags/extract", "application/x-www-form-urlencoded",
                "text=%23vpn".getBytes(StandardCharsets.UTF_8), false);
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("\"error\":\"xsrf_check_failed\"");
        HttpResponse<String> plain = post("hashtags/extract", "text/plain", "{}".getBytes(), false);
        assertThat(plain.statusCode()).isEqualTo(403);
        HttpRequest bodiless = HttpRequest.newBuilder(URI.create(server.base() + "hashtags/extract"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes()))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> noType = HTTP.send(bodiless, HttpResponse.BodyHandlers.ofString());
        assertThat(noType.statusCode()).as("a bodiless POST can come cross-site, as Jira treats it").isEqualTo(403);
        assertThat(noType.body()).contains("\"error\":\"xsrf_check_failed\"");
        HttpResponse<String> withToken = post("hashtags/extract", "application/x-www-form-urlencoded",
                "text=x".getBytes(), true);
        assertThat(withToken.statusCode()).as("past XSRF; JSON-only resource").isEqualTo(415);

        int limited = 0;
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> write = post("hashtags/extract", "application/json",
                    "{\"text\":\"#vpn\"}".getBytes(), false);
            if (write.statusCode() == 429) {
                limited++;
                assertThat(write.body()).contains("\"error\":\"rate_limited\"");
                assertThat(write.headers().firstValue("Retry-After")).isPresent();
            } else {
                assertThat(write.statusCode()).isEqualTo(200);
            }
        }
        assertThat(limited).as("the burst of 5 is used up (3 writes above already counted)").isGreaterThanOrEqualTo(3);
    }
}
