package com.socialitsm.jira10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;

import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.host.ProjectRef;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * The jira10 app's REST layer, as Jira 10 would run it: the resource classes are read out of the jira10 jar (jakarta
 * renamed to javax by the Eclipse Transformer), loaded beside JAX-RS 2.1, served by Jersey 2 on Grizzly and called
 * over HTTP. Jersey 2 sees only {@code javax.ws.rs} annotations: a class the rename missed would not be a resource
 * (404), a provider it missed would not map errors or write JSON.
 */
@DatabaseTest
class Jira10RestLayerTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

    @TempDir
    static Path webClasses;

    private static URLClassLoader jira10Web;
    private static HttpServer server;
    private static URI base;
    /** Built once; each test makes its own issues, as the store is emptied before each test. */
    private static SocialWorld world;
    private static ProjectRef sd;

    @BeforeAll
    static void serveTheJira10Resources() throws Exception {
        Path jar = Path.of(System.getProperty("social.jira10.jar", "missing"));
        assumeTrue(Files.isRegularFile(jar), "no jira10 app jar at " + jar + ": it is built by `mvn verify` (package)");
        int extracted = extractWebClasses(jar, webClasses);
        assertThat(extracted).as("web classes inside the jira10 jar").isGreaterThan(20);

        world = new SocialWorld(db.store());
        for (String user : List.of("alice", "bob")) {
            world.host.addUser(user);
        }
        sd = world.host.addProject("SD");

        jira10Web = new URLClassLoader(new URL[] {webClasses.toUri().toURL()}, Jira10RestLayerTest.class.getClassLoader());
        Class<?> currentUserType = jira10Web.loadClass("com.socialitsm.web.CurrentUser");
        Object currentUser = Proxy.newProxyInstance(jira10Web, new Class<?>[] {currentUserType},
                (proxy, method, args) -> switch (method.getName()) {
                    case "userKey" -> Optional.ofNullable(CALLER.get());
                    case "toString" -> "CALLER";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Class<?> resourcesType = jira10Web.loadClass("com.socialitsm.web.rest.SocialResources");
        Method all = resourcesType.getMethod("all", world.app.getClass(), currentUserType);
        List<?> resources = (List<?>) all.invoke(null, world.app, currentUser);
        List<?> providers = (List<?>) resourcesType.getMethod("providers").invoke(null);

        ResourceConfig config = new ResourceConfig();
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new TestUserHeader());
        List<Object> instances = new ArrayList<>(resources);
        instances.addAll(providers);
        config.registerInstances(instances.toArray());
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/rest/social/1.0/"), config,
                true);
        base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/rest/social/1.0/");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.shutdownNow();
        }
        if (jira10Web != null) {
            jira10Web.close();
        }
    }

    @Test
    void theResourceClassesCarryJavaxAnnotationsOnly() throws Exception {
        Class<?> votes = jira10Web.loadClass("com.socialitsm.web.rest.VoteResource");
        assertThat(votes.getClassLoader()).isSameAs(jira10Web);
        assertThat(votes.getAnnotation(javax.ws.rs.Path.class)).as("javax @Path on VoteResource").isNotNull();
    }

    @Test
    void aResourceAnswersJsonThroughJersey2() throws Exception {
        String issueKey = world.create(sd, "VPN drops every hour #vpn #outage", "", "alice").key();

        HttpResponse<String> issueTags = send("GET", "hashtags/issue/" + issueKey, "alice", null);

        assertThat(issueTags.statusCode()).isEqualTo(200);
        assertThat(issueTags.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(issueTags.body());
        assertThat(body.get("issueKey").asText()).isEqualTo(issueKey);
        assertThat(body.get("hashtags").findValuesAsText("tag")).as(issueTags.body()).containsExactlyInAnyOrder("vpn", "outage");
    }

    @Test
    void aWriteReadsItsJsonBodyAndTheRequestGuardsRun() throws Exception {
        String issueKey = world.create(sd, "Printer jams", "", "alice").key();
        HttpResponse<String> extracted = send("POST", "hashtags/extract", "bob", "{\"text\": \"#Printer on #floor3\"}");
        assertThat(extracted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(extracted.body()).get("hashtags").toString()).isEqualTo("[\"printer\",\"floor3\"]");

        HttpResponse<String> vote = send("PUT", "votes/issue/" + issueKey, "bob", null);
        assertThat(vote.statusCode()).as("a bodiless write needs X-Atlassian-Token (Jira's XSRF rule)").isEqualTo(403);
        HttpResponse<String> voted = HTTP.send(request("PUT", "votes/issue/" + issueKey, "bob", null)
                .header("X-Atlassian-Token", "no-check").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(voted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(voted.body()).get("voted").asBoolean()).isTrue();
    }

    @Test
    void errorsAreJsonFromTheAppsExceptionMapper() throws Exception {
        HttpResponse<String> missing = send("GET", "votes/issue/NOPE-404", "alice", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).has("message")).as(missing.body()).isTrue();

        HttpResponse<String> broken = send("POST", "hashtags/extract", "alice", "{not json");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(broken.body()).has("message")).as(broken.body()).isTrue();
    }

    private static HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        return HTTP.send(request(method, path, user, json).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String method, String path, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("X-Test-User", user)
                .header("Accept", "application/json");
        if (json == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    /** The web classes of the app jar: unpacked at its root, or inside an embedded web jar under META-INF/lib. */
    private static int extractWebClasses(Path appJar, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(appJar)) {
            return extractWebClasses(in, into);
        }
    }

    private static int extractWebClasses(InputStream jarBytes, Path into) throws IOException {
        int count = 0;
        JarInputStream jar = new JarInputStream(jarBytes);
        for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
            String name = entry.getName();
            if (name.startsWith("META-INF/lib/") && name.contains("social-itsm-web") && name.endsWith(".jar")) {
                count += extractWebClasses(new NonClosing(jar), into);
            } else if (name.startsWith("com/socialitsm/web/") && name.endsWith(".class")) {
                Path target = into.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, jar.readAllBytes());
                count++;
            }
        }
        return count;
    }

    /** Lets a nested jar be read from the outer stream without closing it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    /** Who is calling: the test's header, as the host's authentication would set it. */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    static final class TestUserHeader implements ContainerRequestFilter, ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            CALLER.set(request.getHeaderString("X-Test-User"));
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            CALLER.remove();
        }
    }
}
