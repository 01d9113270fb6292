package com.socialitsm.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.qa.QuestionDraft;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/**
 * Experts per tag: who resolved, had answers accepted and was thanked on a tag's issues in the last 90 days, counted
 * over what the viewer may browse only. The whole app runs, so tags come from the issues' text through the engine.
 */
@DatabaseTest
class ExpertsByTagTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));
    private final AtomicInteger changes = new AtomicInteger();
    private SocialApp app;
    private ProjectRef sd;
    private ProjectRef secret;

    @BeforeEach
    void setUp() {
        app = new SocialApp(db.store(), clock, host, host, host);
        for (String user : List.of("alice", "bob", "carol", "dave", "erin")) {
            host.addUser(user);
        }
        sd = host.addProject("SD");
        secret = host.addProject("SEC");
        host.restrictProject(secret, "carol", "erin");
    }

    @Test
    void resolutionsAcceptedAnswersAndThanksOnTheTagsIssuesAreCountedAndWeighted() {
        IssueRef first = resolvedBy(sd, "bob", "VPN drops every hour #vpn");
        resolvedBy(sd, "bob", "VPN client will not start #VPN");
        IssueRef third = resolvedBy(sd, "carol", "Slow VPN from home #vpn #wifi");
        resolvedBy(sd, "dave", "Printer jams #printer");
        acceptedAnswer(first, "alice", "carol");
        acceptedAnswer(third, "alice", "carol");
        thank("alice", "bob", first);
        thank("alice", "bob", first); // the same person for the same issue counts once
        thank("erin", "bob", third);

        List<TagExpert> experts = experts("dave", "#VPN", 10);

        assertThat(experts).as("bob 2·3 + 2·1 = 8, carol 1·3 + 2·2 = 7")
                .extracting(TagExpert::user).containsExactly("bob", "carol");
        TagExpert bob = experts.get(0);
        TagExpert carol = experts.get(1);
        assertThat(List.of(carol.resolved(), carol.accepted(), carol.thanked())).containsExactly(1, 2, 0);
        assertThat(List.of(bob.resolved(), bob.accepted(), bob.thanked())).containsExactly(2, 0, 2);
        assertThat(carol.score()).isEqualTo(ExpertsByTag.score(1, 2, 0)).isEqualTo(7);
        assertThat(bob.score()).isEqualTo(8).isEqualTo(ExpertsByTag.score(2, 0, 2));
        assertThat(bob.displayName()).isEqualTo("Bob");
        assertThat(experts("dave", "vpn", 1)).extracting(TagExpert::user).containsExactly("bob");
    }

    @Test
    void onlyTheLastNinetyDaysCountAndAReopenedResolutionNoLongerDoes() {
        resolvedBy(sd, "bob", "Old VPN outage #vpn");
        clock.advance(Duration.ofDays(91));
        IssueRef reopened = resolvedBy(sd, "carol", "VPN again #vpn");
        resolvedBy(sd, "dave", "VPN certificate expired #vpn");
        app.engine().handle(change(reopened, "alice", IssueChange.Kind.REOPENED));

        assertThat(experts("alice", "vpn", 10)).extracting(TagExpert::user).containsExactly("dave");
    }

    @Test
    void workOnIssuesTheViewerMayNotBrowseIsNeitherCountedNorShown() {
        IssueRef hidden = resolvedBy(secret, "erin", "Breach through the VPN #vpn");
        resolvedBy(secret, "carol", "Key leaked over VPN #vpn");
        resolvedBy(sd, "carol", "VPN drops #vpn");
        thank("carol", "erin", hidden);

        assertThat(experts("dave", "vpn", 10)).as("erin's only #vpn work is in SEC")
                .extracting(TagExpert::user).containsExactly("carol");
        assertThat(experts("dave", "vpn", 10).get(0).resolved()).as("carol's SEC issue is not counted").isEqualTo(1);
        assertThat(experts("carol", "vpn", 10)).extracting(TagExpert::user, TagExpert::resolved, TagExpert::thanked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("carol", 2, 0),
                        org.assertj.core.groups.Tuple.tuple("erin", 1, 1));
        assertThat(experts(null, "vpn", 10)).extracting(TagExpert::user).containsExactly("carol");
    }

    @Test
    void aTagSeenOnlyInHiddenIssuesAnswersLikeATagNobodyUsed() {
        resolvedBy(secret, "erin", "Breach #incident");

        assertThat(experts("dave", "incident", 10)).isEmpty();
        assertThat(experts("dave", "neverused", 10)).isEmpty();
        assertThat(experts("carol", "incident", 10)).hasSize(1);
    }

    @Test
    void peopleOffTheLeaderboardsAreNotListedAsExperts() {
        resolvedBy(sd, "bob", "VPN #vpn");
        resolvedBy(sd, "carol", "VPN #vpn");
        app.kudos().optOut("bob");
        app.kudos().exclude("carol");

        assertThat(experts("dave", "vpn", 10)).isEmpty();
    }

    @Test
    void notAHashtagIsRefused() {
        Outcome<List<TagExpert>> refused = app.kudos().experts(Optional.of("dave"), "no spaces", 5);

        assertThat(refused).isInstanceOfSatisfying(Outcome.Refused.class, r -> {
            assertThat(r.refusal().problem()).isEqualTo(Problem.INVALID);
            assertThat(r.refusal().code()).isEqualTo("invalid_hashtag");
        });
    }

    @Test
    void aReadIsThreeStatementsWhateverTheNumberOfIssues() {
        for (int i = 0; i < 30; i++) {
            resolvedBy(sd, i % 2 == 0 ? "bob" : "carol", "VPN issue " + i + " #vpn");
        }

        int statements = db.sql().countDuring(() -> experts("dave", "vpn", 5));

        assertThat(statements).isEqualTo(3);
    }

    // ---- the world

    private List<TagExpert> experts(String viewer, String tag, int limit) {
        db.store().flushAll();
        return app.kudos().experts(Optional.ofNullable(viewer), tag, limit).value();
    }

    /** An issue created by alice with this summary (its tags come from it), assigned to and resolved by the user. */
    private IssueRef resolvedBy(ProjectRef project, String assignee, String summary) {
        IssueRef issue = host.addIssue(project, summary, "", "alice");
        app.engine().handle(change(issue, "alice", IssueChange.Kind.CREATED));
        IssueRef assigned = host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(),
                summary, "", "Done", true, Optional.of(assignee), issue.reporter()));
        app.engine().handle(change(assigned, assignee, IssueChange.Kind.RESOLVED));
        clock.advance(Duration.ofMinutes(1));
        return assigned;
    }

    private IssueChange change(IssueRef issue, String actor, IssueChange.Kind kind) {
        return IssueChange.of("c" + changes.incrementAndGet(), issue, actor, kind, clock.instant());
    }

    private void acceptedAnswer(IssueRef issue, String asker, String answerer) {
        long question = app.questions().ask(asker, QuestionDraft.onIssue(issue.key(), "How do I fix this one?",
                "It keeps happening.")).value().id();
        long answer = app.questions().answer(answerer, question, "Restart the client.").value().answer().id();
        assertThat(app.questions().accept(asker, question, answer).isDone()).isTrue();
    }

    private void thank(String giver, String receiver, IssueRef issue) {
        assertThat(app.kudos().give(giver, receiver, issue.key(), "Thanks!").isDone()).isTrue();
    }
}
