package com.socialitsm.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * GET /hashtags/{tag}/experts over real HTTP: the JSON a client reads, beside the tag's page at /hashtags/{tag};
 * 400s for a bad tag or limit; and a tag used only in a project the caller may not browse answers exactly as a tag
 * nobody used.
 */
@DatabaseTest
class TagExpertsHttpTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RestServer server;

    @BeforeEach
    void serve() {
        SocialWorld world = new SocialWorld(db.store());
        for (String user : List.of("alice", "bob", "carol", "dave")) {
            world.host.addUser(user);
        }
        ProjectRef sd = world.host.addProject("SD");
        ProjectRef sec = world.host.addProject("SEC");
        world.host.restrictProject(sec, "alice", "carol");
        for (String summary : List.of("VPN drops #vpn", "VPN token expired #vpn")) {
            IssueRef issue = world.create(sd, summary, "", "alice");
            world.assign(issue, "alice", "bob");
            world.resolve(issue, "bob");
        }
        IssueRef secret = world.create(sec, "Breach over the VPN #vpn #breach", "", "alice");
        world.assign(secret, "alice", "carol");
        world.resolve(secret, "carol");
        server = new RestServer(world.app);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theExpertsOfATagAreItsResolversWithTheirCountsAndScore() throws Exception {
        JsonNode experts = json(get("hashtags/%23VPN/experts?limit=5", "dave"), 200);

        assertThat(experts).hasSize(1);
        JsonNode bob = experts.get(0);
        assertThat(bob.get("user").asText()).isEqualTo("bob");
        assertThat(bob.get("displayName").asText()).isEqualTo("Bob");
        assertThat(bob.get("resolved").asInt()).isEqualTo(2);
        assertThat(bob.get("accepted").asInt()).isZero();
        assertThat(bob.get("thanked").asInt()).isZero();
        assertThat(bob.get("score").asInt()).isEqualTo(6);
        assertThat(json(get("hashtags/vpn/experts", "carol"), 200)).extracting(n -> n.get("user").asText())
                .containsExactly("bob", "carol");
        assertThat(json(get("hashtags/vpn", "dave"), 200).get("count").asInt()).as("the tag page is still there")
                .isEqualTo(2);
    }

    @Test
    void aTagUsedOnlyWhereTheCallerCannotLookAnswersLikeOneNobodyUsed() throws Exception {
        HttpResponse<String> hidden = get("hashtags/breach/experts", "dave");
        HttpResponse<String> unused = get("hashtags/neverused/experts", "dave");

        assertThat(hidden.statusCode()).isEqualTo(200);
        assertThat(hidden.body()).isEqualTo(unused.body()).isEqualTo("[]");
        assertThat(get("hashtags/breach/experts", null).body()).isEqualTo("[]");
        assertThat(json(get("hashtags/breach/experts", "carol"), 200)).hasSize(1);
    }

    @Test
    void aBadTagOrLimitIsA400WithAJsonError() throws Exception {
        JsonNode badTag = json(get("hashtags/no-tag!/experts", "dave"), 400);
        assertThat(badTag.get("error").asText()).isEqualTo("invalid_hashtag");
        assertThat(badTag.get("message").asText()).contains("A hashtag is");
        for (String limit : List.of("0", "101", "x")) {
            assertThat(json(get("hashtags/vpn/experts?limit=" + limit, "dave"), 400).get("error").asText())
                    .isEqualTo("bad_request");
        }
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes()));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
