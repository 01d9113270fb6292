package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.testing.DatabaseTest;

/**
 * Clients that announce a body and trickle it (issue 21, item 2) hold no worker thread: with 40 of them sending a
 * byte a second to {@code POST /login}, {@code /status} still answers at once, and each of them gets 408 with the
 * JSON error when the body read timeout (shortened to 3 s here) has passed — with nothing logged as an error.
 * Bodies that arrive in pieces within the timeout are served as usual, by the devhost's handlers and by Jersey.
 */
@DatabaseTest
class SlowBodiesTest {
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(3);
    private static final int SLOW_CLIENTS = 40;

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false, BODY_TIMEOUT);

    private record Raw(int status, String body) {
    }

    @Test
    void tricklingBodiesGetATimeoutWhileOtherRequestsAreServed() throws Exception {
        URI base = URI.create(devhost.url("/"));
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest statusRequest = HttpRequest.newBuilder(URI.create(devhost.url("/status")))
                .timeout(Duration.ofSeconds(5)).GET().build();
        // Warm up (client start-up and the first request's class loading are not what is measured).
        assertThat(client.send(statusRequest, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.setSoTimeout(15_000);
                socket.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\no")
                        .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(socket);
            }
            long started = System.nanoTime();
            // One byte a second on each connection, for at most 20 s; a connection the devhost closed is left alone.
            trickle.scheduleAtFixedRate(() -> {
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write('s');
                    } catch (IOException closed) {
                        // answered and closed by the devhost
                    }
                }
            }, 1, 1, TimeUnit.SECONDS);
            trickle.schedule(trickle::shutdown, 20, TimeUnit.SECONDS);
            Thread.sleep(500); // the devhost has taken all 40 requests in by now

            long statusStarted = System.nanoTime();
            HttpResponse<String> status = client.send(statusRequest, HttpResponse.BodyHandlers.ofString());
            long statusMillis = (System.nanoTime() - statusStarted) / 1_000_000;
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(statusMillis).as("/status with %d bodies trickling", SLOW_CLIENTS).isLessThan(1_000);
            // And a login that sends its body at once still works meanwhile.
            assertThat(devhost.login("alice")).isNotEmpty();

            for (Socket socket : slow) {
                Raw answer = readAll(socket);
                assertThat(answer.status()).as(answer.body()).isEqualTo(408);
                JsonNode json = new ObjectMapper().readTree(answer.body());
                assertThat(json.path("error").asText()).isEqualTo("request_timeout");
                assertThat(json.path("errorMessages").get(0).asText()).contains("did not arrive");
            }
            long allAnsweredMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(allAnsweredMillis).as("all answered after the timeout, and not much later")
                    .isBetween(BODY_TIMEOUT.toMillis() - 200, BODY_TIMEOUT.toMillis() + 5_000);
            System.out.printf("SlowBodiesTest: /status in %d ms with %d bodies trickling; all answered 408 after %d ms%n",
                    statusMillis, SLOW_CLIENTS, allAnsweredMillis);
            assertThat(log.text()).doesNotContain("ERROR").doesNotContain("SEVERE").doesNotContain("Exception");
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyArrivingInPiecesWithinTheTimeoutIsServed() throws Exception {
        URI base = URI.create(devhost.url("/"));
        // Jersey (the app's REST API) and a devhost handler (the demo tracker's REST API).
        Raw extracted = postInPieces(base, "/rest/social/1.0/hashtags/extract", "{\"text\": \"VPN down #vpn #Outage\"}");
        assertThat(extracted.status()).as(extracted.body()).isEqualTo(200);
        assertThat(extracted.body()).contains("\"vpn\"").contains("\"outage\"");
        Raw created = postInPieces(base, "/rest/api/2/issue", "{\"fields\": {\"project\": {\"key\": \"SD\"}, "
                + "\"issuetype\": {\"name\": \"Incident\"}, \"summary\": \"Sent slowly\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void bodiesOnKeptAliveConnectionsAreServedOneAfterAnother() {
        // The form body usually arrives after the headers: each login waits for it, then the next request follows
        // on the same connection.
        for (int i = 0; i < 100; i++) {
            assertThat(devhost.login(i % 2 == 0 ? "alice" : "bob")).isNotEmpty();
            assertThat(devhost.json("POST", "/rest/social/1.0/hashtags/extract", "carol", "{\"text\": \"#vpn\"}")
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws Exception {
        URI base = URI.create(devhost.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Raw answer = readAll(socket);
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).contains("too_large");
        }
    }

    private static Raw postInPieces(URI base, String path, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n"
                    + "Authorization: " + DevHostExtension.basic("alice") + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, 10);
            out.flush();
            Thread.sleep(400);
            out.write(body, 10, 10);
            out.flush();
            Thread.sleep(400);
            out.write(body, 20, body.length - 20);
            out.flush();
            return readAll(socket);
        }
    }

    /** The answer, read up to the end of the connection (the devhost closes it after a 408 or 413). */
    private static Raw readAll(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (response.length() < 12) {
            return new Raw(0, "(no answer)");
        }
        int status = Integer.parseInt(response.substring(9, 12));
        int bodyStart = response.indexOf("\r\n\r\n");
        return new Raw(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
    }
}
