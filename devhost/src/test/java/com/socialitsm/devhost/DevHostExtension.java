package com.socialitsm.devhost;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.socialitsm.devhost.tracker.IssueFilter;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.TestDatabases;

/**
 * A devhost started in-process for a test class: on a random port, on a database of its own on the server
 * {@code -Dsocial.db} selects (H2 in memory by default), with or without demo data. Offers a small HTTP client.
 * Register as {@code @RegisterExtension static final DevHostExtension devhost = new DevHostExtension(true);}.
 */
public final class DevHostExtension implements BeforeAllCallback, AfterAllCallback {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean demoData;
    private final Duration bodyTimeout;
    private final int seedHistory;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private TestDatabases.Isolated database;
    private DevHost host;

    public DevHostExtension(boolean demoData) {
        this(demoData, DevHostOptions.DEFAULT_BODY_TIMEOUT);
    }

    /** A devhost that waits this long for a request's body (tests of slow clients shorten it). */
    public DevHostExtension(boolean demoData, Duration bodyTimeout) {
        this(demoData, bodyTimeout, 0);
    }

    /** A devhost started with {@code --seed-history seedHistory}: that many older issues the app has not seen. */
    public DevHostExtension(boolean demoData, int seedHistory) {
        this(demoData, DevHostOptions.DEFAULT_BODY_TIMEOUT, seedHistory);
    }

    private DevHostExtension(boolean demoData, Duration bodyTimeout, int seedHistory) {
        this.demoData = demoData;
        this.bodyTimeout = bodyTimeout;
        this.seedHistory = seedHistory;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = new TestDatabases().createIsolated();
        host = DevHost.start(new DevHostOptions("127.0.0.1", 0, database.config(), demoData, false, bodyTimeout,
                seedHistory));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (host != null) {
            host.close();
        }
        if (database != null) {
            database.drop().run();
        }
    }

    public DevHost host() {
        return host;
    }

    public TestDatabases.Isolated database() {
        return database;
    }

    public String url(String path) {
        return host.baseUrl() + path;
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    /** The first demo issue (as the admin sees them, newest first) that matches. */
    public TrackerIssue demoIssue(Predicate<TrackerIssue> which) {
        return host().tracker().search(Optional.of("admin"), IssueFilter.ALL, 100).stream().filter(which)
                .findFirst().orElseThrow();
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET as a user (basic auth), or anonymously when the user is empty. */
    public HttpResponse<String> get(String path, Optional<String> user) {
        HttpRequest.Builder b = request(path).GET();
        user.ifPresent(u -> b.header("Authorization", basic(u)));
        return send(b.build());
    }

    public HttpResponse<String> get(String path, String user) {
        return get(path, Optional.of(user));
    }

    /** A response's body as JSON; a body that is not JSON fails the test, with the body in the message. */
    public static JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    /** A JSON request with basic auth, as scripts send them. */
    public HttpResponse<String> json(String method, String path, String user, String body) {
        HttpRequest.Builder b = request(path).header("Authorization", basic(user)).header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(b.build());
    }

    /** The devhost's origin, as a browser sends it with the login form ({@code http://127.0.0.1:PORT}). */
    public String origin() {
        return host.baseUrl();
    }

    /** Logs in through the login form; the session cookie's value. */
    public String login(String user) {
        HttpResponse<String> response = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString("os_username=" + user + "&os_password=" + user
                        + "&os_destination=%2F"))
                .build());
        if (response.statusCode() != 303) {
            throw new IllegalStateException("Login failed: " + response.statusCode() + " " + response.body());
        }
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }
}
