package com.socialitsm.web.rest;

import static com.socialitsm.web.rest.VoteResourceTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/** The polls REST API: who may ask, vote and read, every limit a 400, 404 for hidden projects, 409 after close. */
@DatabaseTest
class PollResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private String caller;
    private PollResource resource;

    @BeforeEach
    void setUp() {
        SocialApp app = new SocialApp(db.store(), clock, host, host, host);
        ProjectRef sd = host.addProject("SD");
        ProjectRef sec = host.addProject("SEC");
        for (String user : new String[] {"alice", "bob", "carol", "dave", "admin"}) {
            host.addUser(user);
        }
        host.makeAdmin("admin");
        host.makeAgent(sd, "alice");
        host.makeAgent(sec, "alice");
        host.restrictProject(sec, "alice", "bob", "admin");
        resource = new PollResource(app, () -> Optional.ofNullable(caller));
    }

    @Test
    void anAgentAsksA201PollAndVotersSeeCountsAfterVoting() {
        caller = "alice";
        PollResource.PollJson poll = ask("SD", false, List.of("Yes", "No", "Maybe"));
        assertThat(poll.options()).extracting(PollResource.OptionJson::votes).containsOnlyNulls();
        assertThat(poll.myChoice()).isNull();

        caller = "bob";
        PollResource.PollJson voted = resource.vote(Long.toString(poll.id()), new PollResource.VoteRequest(List.of(2)));
        assertThat(voted.options()).extracting(PollResource.OptionJson::votes).containsExactly(0, 0, 1);
        assertThat(voted.myChoice()).containsExactly(2);
        assertThat(voted.total()).isEqualTo(1);

        PollResource.ProjectPollsJson list = resource.ofProject("SD", null, null);
        assertThat(list.polls()).extracting(PollResource.PollLineJson::voted).containsExactly(true);
        assertThat(list.canAsk()).isFalse();
    }

    @Test
    void everyLimitIsA400AndOnlyAgentsAsk() {
        caller = "alice";
        String closes = clock.instant().plus(Duration.ofDays(1)).toString();
        assertStatus(() -> resource.ask(null), 400);
        assertStatus(() -> resource.ask(new PollResource.AskRequest(null, "Q?", List.of("a", "b"), false, closes,
                false, false)), 400);
        assertStatus(() -> resource.ask(new PollResource.AskRequest("SD", "Q?", List.of("a", "b"), false, "tomorrow",
                false, false)), 400);
        assertStatus(() -> resource.ask(new PollResource.AskRequest("SD", "Q?", List.of("a", "b"), false, null,
                false, false)), 400);
        assertStatus(() -> resource.ask(new PollResource.AskRequest("SD", "x".repeat(251), List.of("a", "b"), false,
                closes, false, false)), 400);
        assertStatus(() -> resource.ask(new PollResource.AskRequest("SD", "Q?", List.of("a"), false, closes,
                false, false)), 400);
        assertStatus(() -> resource.ask(new PollResource.AskRequest("SD", "", List.of("a", "b"), false, closes,
                false, false)), 400);
        caller = "bob";
        assertStatus(() -> resource.ask(new PollResource.AskRequest("SD", "Q?", List.of("a", "b"), false, closes,
                false, false)), 403);
        caller = null;
        assertStatus(() -> resource.ask(new PollResource.AskRequest("SD", "Q?", List.of("a", "b"), false, closes,
                false, false)), 401);

        caller = "alice";
        PollResource.PollJson poll = ask("SD", false, List.of("a", "b"));
        caller = "bob";
        String id = Long.toString(poll.id());
        assertStatus(() -> resource.vote(id, new PollResource.VoteRequest(List.of())), 400);
        assertStatus(() -> resource.vote(id, new PollResource.VoteRequest(List.of(0, 1))), 400);
        assertStatus(() -> resource.vote(id, new PollResource.VoteRequest(List.of(5))), 400);
        assertStatus(() -> resource.vote(id, null), 400);
        assertStatus(() -> resource.vote("x", new PollResource.VoteRequest(List.of(0))), 400);
        assertStatus(() -> resource.ofProject(null, null, null), 400);
        assertStatus(() -> resource.ofProject("SD", "0", null), 400);
    }

    @Test
    void votingOnAClosedPollIs409() {
        caller = "alice";
        PollResource.PollJson poll = ask("SD", false, List.of("a", "b"));
        clock.advance(Duration.ofDays(2));
        caller = "bob";
        assertStatus(() -> resource.vote(Long.toString(poll.id()), new PollResource.VoteRequest(List.of(0))), 409);
        assertThat(resource.get(Long.toString(poll.id())).closed()).isTrue();
    }

    @Test
    void aHiddenProjectRevealsNothing() {
        caller = "alice";
        PollResource.PollJson poll = ask("SEC", false, List.of("a", "b"));
        caller = "dave";
        String id = Long.toString(poll.id());
        assertStatus(() -> resource.get(id), 404);
        assertStatus(() -> resource.get("999999"), 404);
        assertStatus(() -> resource.vote(id, new PollResource.VoteRequest(List.of(0))), 404);
        assertStatus(() -> resource.ofProject("SEC", null, null), 404);
        assertStatus(() -> resource.ofProject("NOPE", null, null), 404);
        assertStatus(() -> resource.ask(new PollResource.AskRequest("SEC", "Q?", List.of("a", "b"), false,
                clock.instant().plus(Duration.ofDays(1)).toString(), false, false)), 404);
    }

    @Test
    void anAnonymousPollNamesNoVoterToAnyoneNotEvenAnAdmin() throws Exception {
        caller = "alice";
        PollResource.PollJson poll = ask("SD", true, List.of("Yes", "No"));
        String id = Long.toString(poll.id());
        caller = "bob";
        resource.vote(id, new PollResource.VoteRequest(List.of(1)));
        caller = "carol";
        resource.vote(id, new PollResource.VoteRequest(List.of(0)));

        ObjectMapper json = new ObjectMapper();
        for (String viewer : new String[] {"admin", "alice", "dave"}) {
            caller = viewer;
            String answer = json.writeValueAsString(resource.get(id)) + json.writeValueAsString(
                    resource.ofProject("SD", null, null));
            assertThat(answer).doesNotContain("bob").doesNotContain("carol");
        }
        caller = "bob";
        assertThat(resource.get(id).myChoice()).as("the voter sees their own choice").containsExactly(1);
    }

    private PollResource.PollJson ask(String project, boolean anonymous, List<String> options) {
        Response created = resource.ask(new PollResource.AskRequest(project, "Shall we open at 8?", options, false,
                clock.instant().plus(Duration.ofDays(1)).toString(), anonymous, false));
        assertThat(created.getStatus()).isEqualTo(201);
        return (PollResource.PollJson) created.getEntity();
    }
}
