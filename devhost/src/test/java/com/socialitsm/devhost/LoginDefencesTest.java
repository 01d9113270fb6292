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

/**
 * The login's defences (issue 21, item 12): another site cannot log a visitor in (login CSRF), and wrong passwords
 * lock the name after three, through the form and through basic auth alike. The lock's expiry is covered by
 * {@code http.LoginThrottleTest} with a clock of its own.
 */
@DatabaseTest
class LoginDefencesTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"login_token\" value=\"([^\"]+)\"");

    private static HttpResponse<String> postLogin(String body, Optional<String> origin, Optional<String> cookie) {
        HttpRequest.Builder request = devhost.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        origin.ifPresent(o -> request.header("Origin", o));
        cookie.ifPresent(c -> request.header("Cookie", c));
        return devhost.send(request.build());
    }

    private static boolean startsASession(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SOCIALITSM_SESSION="));
    }

    @Test
    void aLoginPostedFromAnotherSiteStartsNoSession() {
        for (String origin : List.of("https://evil.example", "null", "http://127.0.0.1.evil.example",
                devhost.origin() + "0", "http://localhost:1")) {
            HttpResponse<String> response = postLogin("os_username=alice&os_password=alice", Optional.of(origin),
                    Optional.empty());
            assertThat(response.statusCode()).as(origin).isEqualTo(403);
            assertThat(response.body()).contains("cross_site_login");
            assertThat(startsASession(response)).as(origin).isFalse();
        }
        // Without Origin, only with the token of the login page the browser showed.
        HttpResponse<String> noToken = postLogin("os_username=alice&os_password=alice", Optional.empty(),
                Optional.empty());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(startsASession(noToken)).isFalse();
        HttpResponse<String> page = devhost.get("/login", Optional.empty());
        Matcher token = LOGIN_TOKEN.matcher(page.body());
        assertThat(token.find()).isTrue();
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SOCIALITSM_LOGIN_TOKEN=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        String cookiePair = cookie.substring(0, cookie.indexOf(';'));
        HttpResponse<String> otherToken = postLogin("os_username=alice&os_password=alice&login_token=AAAAAAAAAAAAAAAAAAAAAA",
                Optional.empty(), Optional.of(cookiePair));
        assertThat(otherToken.statusCode()).isEqualTo(403);
        HttpResponse<String> withToken = postLogin("os_username=alice&os_password=alice&login_token=" + token.group(1),
                Optional.empty(), Optional.of(cookiePair));
        assertThat(withToken.statusCode()).isEqualTo(303);
        assertThat(startsASession(withToken)).isTrue();
        // And the same site's form post, as browsers send it.
        assertThat(startsASession(postLogin("os_username=alice&os_password=alice", Optional.of(devhost.origin()),
                Optional.empty()))).isTrue();
    }

    @Test
    void theFourthLoginAfterThreeWrongPasswordsIsRefusedWithTooManyRequests() {
        Optional<String> origin = Optional.of(devhost.origin());
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> wrong = postLogin("os_username=bob&os_password=guess" + i, origin, Optional.empty());
            assertThat(wrong.statusCode()).as("attempt %d", i).isEqualTo(401);
        }
        HttpResponse<String> fourth = postLogin("os_username=bob&os_password=guess4", origin, Optional.empty());
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body()).contains("id=\"login-locked\"").containsPattern("Too many failed logins; try again in [1-3]?[0-9] s");
        assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
        // Even the right password, until the lock expires; and through basic auth as well.
        HttpResponse<String> right = postLogin("os_username=bob&os_password=bob", origin, Optional.empty());
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(startsASession(right)).isFalse();
        HttpResponse<String> script = devhost.get("/rest/api/2/myself", "bob");
        assertThat(script.statusCode()).isEqualTo(429);
        assertThat(script.body()).contains("too_many_failed_logins").contains("Too many failed logins; try again in");
        // Others are not affected.
        assertThat(devhost.get("/rest/api/2/myself", "alice").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsThroughBasicAuthCountToo() throws Exception {
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("carol:nope".getBytes());
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> response = devhost.send(devhost.request("/rest/api/2/myself")
                    .header("Authorization", wrong).GET().build());
            assertThat(response.statusCode()).as("attempt %d", i).isEqualTo(401);
        }
        HttpResponse<String> fourth = devhost.send(devhost.request("/rest/api/2/myself")
                .header("Authorization", wrong).GET().build());
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(new ObjectMapper().readTree(fourth.body()).path("error").asText()).isEqualTo("too_many_failed_logins");
        long retryAfter = Long.parseLong(fourth.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 30L);
    }
}
