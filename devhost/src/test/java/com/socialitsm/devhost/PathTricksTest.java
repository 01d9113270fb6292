package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.testing.DatabaseTest;

/**
 * Paths that cannot be decoded (the REST fuzz test's path tricks: a NUL, broken or bare percent signs, encoded slashes
 * and backslashes, bytes that are not UTF-8) get 400 with the JSON error body on every part of the devhost — the
 * app's REST API, the demo tracker's, pages and static files — where Grizzly alone answered an empty 500. Sent on
 * raw sockets, because Java's HTTP client refuses to send most of them.
 */
@DatabaseTest
class PathTricksTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);

    private static final List<String> PREFIXES = List.of("/rest/social/1.0/votes/issue/", "/rest/social/1.0/hashtags/",
            "/rest/social/1.0/questions/", "/rest/social/1.0/kudos/users/", "/rest/social/1.0/follows/user/",
            "/rest/api/2/issue/", "/browse/", "/plugins/servlet/social/hashtags/", "/s/x/", "/");
    private static final List<String> TRICKS = List.of("%00", "a%00b", "%zz", "%", "%2", "a%", "%2F", "SD-1%2F..",
            "..%2F..%2Fadmin", "a%2Fb", "%2e%2e%2f", "%5C", "%C0%AF", "%ff%fe", "%ED%A0%80");

    @Test
    void undecodablePathsGetAJsonBadRequestEverywhere() throws IOException {
        URI base = URI.create(devhost.url("/"));
        int checked = 0;
        for (String prefix : PREFIXES) {
            for (String trick : TRICKS) {
                for (String user : new String[] {"alice", null}) {
                    String path = prefix + trick;
                    Raw answer = get(base, path, user);
                    assertThat(answer.status()).as("GET %s as %s: %s", path, user, answer.body()).isEqualTo(400);
                    JsonNode json = new ObjectMapper().readTree(answer.body());
                    assertThat(json.path("error").asText()).as(path).isEqualTo("bad_request");
                    assertThat(json.path("message").isTextual()).as(path).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(PREFIXES.size() * TRICKS.size() * 2);
        // A path that decodes is served as before, also on the same kind of raw connection.
        assertThat(get(base, "/rest/social/1.0/votes/issue/SD-99999", "alice").status()).isEqualTo(404);
        assertThat(get(base, "/status", null).status()).isEqualTo(200);
    }

    private record Raw(int status, String body) {
    }

    private static Raw get(URI base, String path, String user) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Connection: close\r\n");
            if (user != null) {
                request.append("Authorization: ").append(DevHostExtension.basic(user)).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (response.isEmpty()) {
                return new Raw(0, "(no answer)");
            }
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n");
            return new Raw(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
        }
    }
}
