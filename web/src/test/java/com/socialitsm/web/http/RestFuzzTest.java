package com.socialitsm.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.qa.QuestionDraft;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.reliability.TableScan;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;
import com.socialitsm.web.rest.SocialResources;
import com.socialitsm.web.rest.WriteRateLimit;

/**
 * Hostile input over real HTTP to every endpoint: the endpoints are found by reflection on the resources of
 * {@link SocialResources#all} (@Path and the HTTP method annotations), so a new endpoint is fuzzed without anyone
 * touching this test. Each gets hostile path parameters (path tricks, overlong ids, NUL, control characters, SQL
 * and template injection), hostile query parameters, and — where it takes a body — malformed JSON, wrong types,
 * empty and huge bodies, invalid UTF-8, and hostile strings in every field of its body record.
 *
 * <p>Never a 5xx; every error is a JSON {@code {error, message}}; structurally broken bodies are always a 4xx; and
 * a rejected write leaves the row count of every table unchanged.
 */
@DatabaseTest
class RestFuzzTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    static final List<String> HOSTILE = List.of("", " ", "\u0000", "a\u0000b", "\u0001\u0008\u001b[31m\u007f",
            "\ud800", "x\udc00y", "' OR '1'='1", "'; DROP TABLE AO_X; --", "1 UNION SELECT * FROM SETTING",
            "$!{7*7}", "#set($x = 7 * 7)$x", "{{7*7}}", "${7*7}", "<img src=x onerror=window.__xss=1>",
            "../../../../etc/passwd", "..%2F..%2F", "%2e%2e%2f", "%00", "SD-1/../SD-2", "\u202eevil", "😀#vpn",
            "9".repeat(40), "-1", "0", "1e309", "x".repeat(5000), "null", "true", "[]", "{}");
    static final List<String> BROKEN_BODIES = List.of("{", "}", "[1,2", "{\"a\":}", "nul", "\"unterminated",
            "{\"tags\": [\"vpn\"", "<xml/>", "\u0000", "{\"a\":1}{\"b\":2}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
            "{\"title\": 1e999999}");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static RestServer server;
    private static SocialWorld world;
    private static int requests;
    private static int rejectedWrites;
    private static final List<String> containerRefusals = new ArrayList<>();

    @BeforeAll
    static void serve() {
        System.setProperty(WriteRateLimit.PER_MINUTE_PROPERTY, "100000000");
        System.setProperty(WriteRateLimit.BURST_PROPERTY, "100000000");
        world = new SocialWorld(db.store());
        server = new RestServer(world.app);
    }

    @AfterAll
    static void stop() {
        System.clearProperty(WriteRateLimit.PER_MINUTE_PROPERTY);
        System.clearProperty(WriteRateLimit.BURST_PROPERTY);
        if (server != null) {
            server.close();
        }
    }

    /** An endpoint found by reflection. */
    record Endpoint(String method, String template, List<String> pathParams, List<String> queryParams,
                    Optional<Class<?>> body) {
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Object resource : SocialResources.all(world.app, Optional::empty)) {
            Path classPath = resource.getClass().getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : resource.getClass().getMethods()) {
                String http = null;
                for (var annotation : method.getAnnotations()) {
                    HttpMethod meta = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (meta != null) {
                        http = meta.value();
                    }
                }
                if (http == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = (classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()))
                        .replaceAll("/+", "/").replaceAll("^/|/$", "");
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                Optional<Class<?>> body = Optional.empty();
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(PathParam.class)) {
                        pathParams.add(parameter.getAnnotation(PathParam.class).value());
                    } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                        queryParams.add(parameter.getAnnotation(QueryParam.class).value());
                    } else if (!parameter.isAnnotationPresent(Context.class) && parameter.getAnnotations().length == 0) {
                        body = Optional.of(parameter.getType());
                    }
                }
                found.add(new Endpoint(http, template, pathParams, queryParams, body));
            }
        }
        return found;
    }

    @Test
    void everyEndpointAnswersHostileInputWithAJsonClientErrorAndWritesNothingWhenItRejects() throws Exception {
        Map<String, String> valid = populate();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("endpoints found by reflection").hasSizeGreaterThan(40);
        for (Endpoint endpoint : endpoints) {
            String user = endpoint.template().startsWith("admin") ? "admin" : "alice";
            // Hostile path parameters, one at a time.
            for (String param : endpoint.pathParams()) {
                for (String hostile : HOSTILE) {
                    send(endpoint, user, path(endpoint, valid, param, encode(hostile)), "", validBody(endpoint), false,
                            true);
                }
                for (String raw : List.of("..", "%2e%2e", "..%2F..%2Fadmin", "a%2Fb", "%252e%252e", "...")) {
                    send(endpoint, user, path(endpoint, valid, param, raw), "", validBody(endpoint), false, true);
                }
            }
            // Hostile query parameters, one at a time.
            for (String param : endpoint.queryParams()) {
                for (String hostile : HOSTILE) {
                    send(endpoint, user, path(endpoint, valid, null, null), "?" + param + "=" + encode(hostile),
                            validBody(endpoint), false);
                }
            }
            // Hostile bodies.
            if (endpoint.body().isPresent()) {
                String path = path(endpoint, valid, null, null);
                for (String broken : BROKEN_BODIES) {
                    send(endpoint, user, path, "", broken.getBytes(StandardCharsets.UTF_8), true);
                }
                send(endpoint, user, path, "", new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                        (byte) 0xFF, '"', '}'}, true);
                send(endpoint, user, path, "", huge(), true);
                for (String wrongType : List.of("[]", "1", "\"text\"", "true", "null")) {
                    send(endpoint, user, path, "", wrongType.getBytes(StandardCharsets.UTF_8), false);
                }
                for (Map<String, Object> fields : hostileFields(endpoint.body().get(), valid)) {
                    send(endpoint, user, path, "", JSON.writeValueAsBytes(fields), false);
                }
            }
            // Anonymous and without a body at all.
            send(endpoint, null, path(endpoint, valid, null, null), "", null, false);
        }
        System.out.printf("REST fuzz: %d endpoints, %d requests, %d rejected writes checked for row counts, "
                + "%d path tricks refused by the container itself%n", endpoints.size(), requests, rejectedWrites,
                containerRefusals.size());
    }

    private Map<String, String> populate() {
        for (String user : List.of("alice", "bob", "carol", "admin")) {
            world.host.addUser(user);
        }
        world.host.makeAdmin("admin");
        ProjectRef sd = world.host.addProject("SD");
        IssueRef issue = world.create(sd, "VPN down #vpn", "", "bob");
        world.comment(issue, "carol", "me too #outage");
        long question = world.app.questions().ask("bob", QuestionDraft.onIssue(issue.key(),
                "How do I reset the VPN?", "It expired")).value().id();
        long answer = world.app.questions().answer("carol", question, "Use the portal").value().answer().id();
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("key", issue.key());
        valid.put("issuekey", issue.key());
        valid.put("tag", "vpn");
        valid.put("type", "issue");
        valid.put("user", "bob");
        valid.put("id", Long.toString(question));
        valid.put("questionid", Long.toString(question));
        valid.put("answerid", Long.toString(answer));
        valid.put("project", "SD");
        valid.put("projectkey", "SD");
        return valid;
    }

    private static String path(Endpoint endpoint, Map<String, String> valid, String hostileParam, String hostileValue) {
        String path = endpoint.template();
        for (String param : endpoint.pathParams()) {
            String value = param.equals(hostileParam) ? hostileValue
                    : encode(valid.getOrDefault(param.toLowerCase(java.util.Locale.ROOT), "x"));
            path = path.replaceAll("\\{" + param + "(:[^}]*)?\\}", java.util.regex.Matcher.quoteReplacement(value));
        }
        return path;
    }

    private static byte[] validBody(Endpoint endpoint) {
        return endpoint.body().isPresent() ? "{}".getBytes(StandardCharsets.UTF_8) : null;
    }

    /** The body record's fields, each in turn set to every hostile string and to values of the wrong type. */
    private static List<Map<String, Object>> hostileFields(Class<?> type, Map<String, String> valid) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        if (!type.isRecord()) {
            return bodies;
        }
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent target : components) {
            List<Object> values = new ArrayList<>(HOSTILE);
            values.addAll(List.of(List.of("a", "b"), Map.of("x", 1), 12345678901234L, -1, 3.5, true,
                    List.of(HOSTILE.get(3), HOSTILE.get(5), HOSTILE.get(9))));
            for (Object value : values) {
                Map<String, Object> body = new LinkedHashMap<>();
                for (RecordComponent component : components) {
                    body.put(component.getName(), component == target ? value : plausible(component, valid));
                }
                bodies.add(body);
            }
        }
        return bodies;
    }

    private static Object plausible(RecordComponent component, Map<String, String> valid) {
        Class<?> type = component.getType();
        String name = component.getName().toLowerCase(java.util.Locale.ROOT);
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (List.class.isAssignableFrom(type)) {
            return List.of("vpn");
        }
        if (name.contains("title")) {
            return "A perfectly fine title";
        }
        return valid.getOrDefault(name, "fine text");
    }

    private static byte[] huge() {
        byte[] body = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(body, (byte) 'a');
        byte[] prefix = "{\"text\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        return body;
    }

    private void send(Endpoint endpoint, String user, String path, String query, byte[] body, boolean mustBe4xx)
            throws Exception {
        send(endpoint, user, path, query, body, mustBe4xx, false);
    }

    private void send(Endpoint endpoint, String user, String path, String query, byte[] body, boolean mustBe4xx,
                      boolean pathTrick) throws Exception {
        URI uri = URI.create(server.base() + path + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        request.method(endpoint.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        boolean write = !endpoint.method().equals("GET");
        Map<String, Long> before = write ? TableScan.rowCounts(db.store()) : Map.of();
        if (Boolean.getBoolean("fuzz.trace")) {
            System.err.println("FUZZ " + endpoint.method() + " " + uri + " " + (body == null ? -1 : body.length));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        requests++;
        String what = endpoint.method() + " " + uri + " body " + (body == null ? "none"
                : body.length > 200 ? body.length + " bytes" : new String(body, StandardCharsets.UTF_8));
        if (response.statusCode() >= 500 && response.body().isEmpty() && pathTrick) {
            // An empty 500 comes from Grizzly before any app code runs (no JSON, nothing logged by our mapper):
            // counted and reported, see docs/reliability.md. This bare test server lacks the devhost's filter for
            // them; the devhost answers them 400 JSON (devhost PathTricksTest), Jira's Tomcat 400.
            containerRefusals.add(what);
            return;
        }
        if (response.statusCode() == 501 && response.body().contains("\"not_supported\"")) {
            return; // this test host gives the Q&A no IssueCreation: a deliberate answer, not a failure
        }
        assertThat(response.statusCode()).as("%s → %s", what, response.body()).isLessThan(500);
        if (mustBe4xx) {
            assertThat(response.statusCode()).as("%s → %s", what, response.body()).isBetween(400, 499);
        }
        if (response.statusCode() >= 400) {
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.path("error").isTextual() && error.path("message").isTextual())
                    .as("%s → JSON error body, got %s", what, response.body()).isTrue();
            if (write) {
                rejectedWrites++;
                db.store().flushAll();
                assertThat(TableScan.rowCounts(db.store())).as("row counts after rejected %s", what)
                        .isEqualTo(before);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
