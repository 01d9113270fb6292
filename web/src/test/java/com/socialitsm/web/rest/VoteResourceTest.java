package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

@DatabaseTest
class VoteResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private String caller;
    private VoteResource resource;
    private IssueRef issue;

    @BeforeEach
    void setUp() {
        SocialApp app = new SocialApp(db.store(), new MutableClock(Instant.parse("2024-06-12T10:00:00Z")), host, host,
                host);
        ProjectRef sd = host.addProject("SD");
        issue = host.addIssue(sd, "VPN drops", "", "carol");
        host.addUser("alice");
        host.addUser("bob");
        caller = "alice";
        resource = new VoteResource(app, () -> Optional.ofNullable(caller));
    }

    @Test
    void votingTwiceAnswersVotedBothTimesAndCountsOnce() {
        assertThat(resource.vote(issue.key())).isEqualTo(new VoteResource.VoteJson(issue.key(), 1, true));
        assertThat(resource.vote(issue.key())).isEqualTo(new VoteResource.VoteJson(issue.key(), 1, true));
        caller = "bob";
        assertThat(resource.status(issue.key())).isEqualTo(new VoteResource.VoteJson(issue.key(), 1, false));
        assertThat(resource.vote(issue.key()).count()).isEqualTo(2);
        assertThat(resource.unvote(issue.key())).isEqualTo(new VoteResource.VoteJson(issue.key(), 1, false));
        assertThat(resource.unvote(issue.key())).isEqualTo(new VoteResource.VoteJson(issue.key(), 1, false));
    }

    @Test
    void aHiddenIssueIsA404LikeAMissingOne() {
        host.restrictIssue(issue, "bob");
        assertStatus(() -> resource.vote(issue.key()), 404);
        assertStatus(() -> resource.unvote(issue.key()), 404);
        assertStatus(() -> resource.status(issue.key()), 404);
        assertStatus(() -> resource.vote("SD-999"), 404);
    }

    @Test
    void votingNeedsALoginButReadingDoesNot() {
        caller = null;
        assertStatus(() -> resource.vote(issue.key()), 401);
        assertStatus(() -> resource.unvote(issue.key()), 401);
        assertThat(resource.status(issue.key())).isEqualTo(new VoteResource.VoteJson(issue.key(), 0, false));
    }

    @Test
    void topListsVotedIssuesAndChecksItsParameters() {
        resource.vote(issue.key());
        assertThat(resource.top("SD", "10", false)).containsExactly(
                new VoteResource.TopIssueJson(issue.key(), "VPN drops", 1));
        assertThat(resource.top("SD", null, true)).hasSize(1);
        assertStatus(() -> resource.top(null, "10", false), 400);
        assertStatus(() -> resource.top("SD", "0", false), 400);
        assertStatus(() -> resource.top("SD", "101", false), 400);
        assertStatus(() -> resource.top("NOPE", "10", false), 404);
    }

    static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(status));
    }
}
