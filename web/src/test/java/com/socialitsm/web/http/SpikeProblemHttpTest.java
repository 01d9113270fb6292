package com.socialitsm.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.activity.FeedQuery;
import com.socialitsm.activity.Verb;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryIssueCreation;
import com.socialitsm.testing.StoreExtension;

/**
 * POST /hashtags/{tag}/problem over real HTTP: 201 with the new problem and its links, 200 with the spike's existing
 * problem (also for requests that race), links and counts only over issues the caller may browse, 404 alike for a
 * hidden project and a missing one, 403 when the host refuses the creation; and GET/PUT /admin/spikes.
 */
@DatabaseTest
class SpikeProblemHttpTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SocialWorld world;
    private InMemoryIssueCreation creation;
    private RestServer server;
    private final List<IssueRef> sdVpn = new ArrayList<>();
    private final List<IssueRef> secVpn = new ArrayList<>();

    @BeforeEach
    void serve() {
        world = new SocialWorld(db.store());
        for (String user : List.of("admin", "alice", "bob", "carol", "dave")) {
            world.host.addUser(user);
        }
        world.host.makeAdmin("admin");
        ProjectRef sd = world.host.addProject("SD");
        ProjectRef sec = world.host.addProject("SEC");
        world.host.restrictProject(sec, "alice", "carol");
        for (int i = 0; i < 3; i++) {
            sdVpn.add(world.create(sd, "VPN drops #vpn " + i, "", "alice"));
        }
        for (int i = 0; i < 2; i++) {
            secVpn.add(world.create(sec, "Breach over the VPN #vpn #breach " + i, "", "alice"));
        }
        world.app.follows().follow("bob", TargetType.HASHTAG, "vpn");
        creation = new InMemoryIssueCreation(world.host);
        server = new RestServer(world.app, Optional.of(creation));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aProblemIsRaisedLinkedToTheSpikesIssuesTheCallerMayBrowseAndTheTagsFollowersAreTold() throws Exception {
        JsonNode raised = json(post("hashtags/%23VPN/problem", "dave", "{\"project\": \"SD\", \"hours\": 24}"), 201);

        String key = raised.get("issueKey").asText();
        assertThat(raised.get("linked").asInt()).as("SD's 3, not SEC's 2").isEqualTo(3);
        assertThat(creation.links()).extracting(InMemoryIssueCreation.Link::to)
                .containsExactlyInAnyOrderElementsOf(sdVpn.stream().map(IssueRef::key).toList());
        assertThat(creation.links()).allSatisfy(link -> {
            assertThat(link.from()).isEqualTo(key);
            assertThat(link.type()).isEqualTo("Relates");
        });
        assertThat(creation.createdTypes()).containsExactly("Problem");
        IssueRef problem = world.host.byKey(key).orElseThrow();
        assertThat(problem.summary()).isEqualTo("#vpn: 3 issues in the last 24 hours");
        assertThat(world.app.feed().feed(Optional.of("bob"), FeedQuery.first(50)).items())
                .anySatisfy(item -> {
                    assertThat(item.verb()).isEqualTo(Verb.RAISED);
                    assertThat(item.issueKey()).contains(key);
                });
    }

    @Test
    void aSecondRequestDuringTheSpikeAnswersTheExistingProblemCountingOnlyWhatTheCallerMaySee() throws Exception {
        JsonNode first = json(post("hashtags/vpn/problem", "carol", "{\"project\": \"SD\"}"), 201);
        assertThat(first.get("linked").asInt()).as("carol sees SD and SEC").isEqualTo(5);
        assertThat(world.host.byKey(first.get("issueKey").asText()).orElseThrow().summary())
                .as("what every reader of the SD problem sees names no SEC issue").isEqualTo(
                        "#vpn: 3 issues in the last 24 hours");
        assertThat(world.host.byKey(first.get("issueKey").asText()).orElseThrow().description()).doesNotContain("SEC");

        JsonNode again = json(post("hashtags/vpn/problem", "dave", "{\"project\": \"SD\", \"hours\": 24}"), 200);

        assertThat(again.get("issueKey").asText()).isEqualTo(first.get("issueKey").asText());
        assertThat(again.get("linked").asInt()).as("dave is told of the 3 links he may see").isEqualTo(3);
        assertThat(creation.createdTypes()).hasSize(1);
    }

    @Test
    void requestsThatRaceCreateOneProblem() throws Exception {
        int requests = 4;
        CyclicBarrier start = new CyclicBarrier(requests);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> runs = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String user = i % 2 == 0 ? "alice" : "bob";
                runs.add(pool.submit(() -> {
                    start.await();
                    return post("hashtags/vpn/problem", user, "{\"project\": \"SD\", \"hours\": 24}");
                }));
            }
            for (Future<HttpResponse<String>> run : runs) {
                answers.add(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(answers.stream().map(a -> a.body().replaceAll(".*\"issueKey\":\"([^\"]+)\".*", "$1")).distinct())
                .hasSize(1);
        assertThat(creation.createdTypes()).hasSize(1);
    }

    @Test
    void aHiddenProjectOrATagSeenOnlyInHiddenIssuesAnswersLikeOnesThatDoNotExist() throws Exception {
        HttpResponse<String> hiddenProject = post("hashtags/vpn/problem", "dave", "{\"project\": \"SEC\"}");
        HttpResponse<String> noProject = post("hashtags/vpn/problem", "dave", "{\"project\": \"NOPE\"}");
        assertThat(hiddenProject.statusCode()).isEqualTo(404);
        assertThat(hiddenProject.body()).isEqualTo(noProject.body());

        JsonNode hiddenTag = json(post("hashtags/breach/problem", "dave", "{\"project\": \"SD\"}"), 404);
        JsonNode unusedTag = json(post("hashtags/neverused/problem", "dave", "{\"project\": \"SD\"}"), 404);
        assertThat(hiddenTag.get("message").asText().replace("breach", "X"))
                .isEqualTo(unusedTag.get("message").asText().replace("neverused", "X"));
        assertThat(creation.createdTypes()).isEmpty();
    }

    @Test
    void whenTheHostRefusesTheCreationItIsA403AndTheSpikeCanStillBeRaisedByAnother() throws Exception {
        creation.bar("dave");
        assertThat(json(post("hashtags/vpn/problem", "dave", "{\"project\": \"SD\"}"), 403).get("message").asText())
                .contains("may not create");

        assertThat(post("hashtags/vpn/problem", "alice", "{\"project\": \"SD\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void badInputIsA400AndAnonymousA401() throws Exception {
        assertThat(post("hashtags/vpn/problem", null, "{\"project\": \"SD\"}").statusCode()).isEqualTo(401);
        assertThat(json(post("hashtags/vpn/problem", "dave", "{}"), 400).get("message").asText())
                .contains("project is required");
        json(post("hashtags/vpn/problem", "dave", "{\"project\": \"SD\", \"hours\": 0}"), 400);
        json(post("hashtags/vpn/problem", "dave", "{\"project\": \"SD\", \"hours\": 169}"), 400);
        json(post("hashtags/no-tag!/problem", "dave", "{\"project\": \"SD\"}"), 400);
        json(post("hashtags/vpn/problem", "dave", "{\"project\": \"SD\", \"hours\": \"x\"}"), 400);
    }

    @Test
    void adminsReadAndSetTheSpikeSettings() throws Exception {
        assertThat(send("GET", "admin/spikes", "dave", null).statusCode()).isEqualTo(403);
        JsonNode defaults = json(send("GET", "admin/spikes", "admin", null), 200);
        assertThat(defaults.get("threshold").asDouble()).isEqualTo(8.0);
        assertThat(defaults.get("problemIssueType").asText()).isEqualTo("Problem");

        JsonNode saved = json(send("PUT", "admin/spikes", "admin", "{\"threshold\": 5, \"alertProject\": \"SD\", "
                + "\"tagThresholds\": {\"#VPN\": 12}, \"problemLinkType\": \"Problem/Incident\"}"), 200);

        assertThat(saved.get("threshold").asDouble()).isEqualTo(5.0);
        assertThat(saved.get("alertProject").asText()).isEqualTo("SD");
        assertThat(saved.get("tagThresholds").get("vpn").asDouble()).isEqualTo(12.0);
        assertThat(saved.get("hours").asInt()).as("left as it was").isEqualTo(4);
        json(send("PUT", "admin/spikes", "admin", "{\"alertProject\": \"NOPE\"}"), 400);
        json(send("PUT", "admin/spikes", "admin", "{\"hours\": 0}"), 400);
        json(post("hashtags/vpn/problem", "dave", "{\"project\": \"SD\"}"), 201);
        assertThat(creation.links()).allSatisfy(link -> assertThat(link.type()).isEqualTo("Problem/Incident"));
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String user, String body) throws Exception {
        return send("POST", path, user, body);
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes()));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
