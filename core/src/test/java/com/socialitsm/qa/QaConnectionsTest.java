package com.socialitsm.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.activity.FeedItem;
import com.socialitsm.activity.FeedQuery;
import com.socialitsm.activity.Person;
import com.socialitsm.activity.Verb;
import com.socialitsm.app.SocialApp;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.StoreExtension;

/**
 * The Q&A wired into the app (SocialApp): asking or answering on an issue follows it; asked / answered / accepted
 * reach the feeds of those who follow the issue, the project or a hashtag — only if they may see the question — and
 * leave them again when acceptance is withdrawn or the post deleted; accepted answers and upvotes earn the answer's
 * author points that every reversal takes back.
 */
@DatabaseTest
class QaConnectionsTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private InMemoryHost host;
    private SocialApp app;
    private QuestionService questions;
    private IssueRef issue;
    private ProjectRef sd;

    @BeforeEach
    void setUp() {
        host = new InMemoryHost();
        for (String user : List.of("alice", "bob", "carol", "dave")) {
            host.addUser(user);
        }
        sd = host.addProject("SD");
        issue = host.addIssue(sd, "VPN drops", "", "alice");
        app = new SocialApp(db.store(), Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC), host, host,
                host);
        questions = app.questions();
    }

    @Test
    void askingAndAnsweringOnAnIssueFollowIt() {
        Question question = questions.ask("alice", QuestionDraft.onIssue(issue.key(), "How to fix the drops?", ""))
                .value();
        questions.answer("bob", question.id(), "Lower the MTU.").value();

        assertThat(app.follows().followedBy("alice")).contains(FollowTarget.issue(issue.id()));
        assertThat(app.follows().followedBy("bob")).contains(FollowTarget.issue(issue.id()));

        questions.ask("carol", QuestionDraft.inProject("SD", "A project-wide question", "")).value();
        assertThat(app.follows().followedBy("carol")).isEmpty();
    }

    @Test
    void followersOfTheIssueSeeAskedAnsweredAcceptedUntilTheyAreWithdrawn() {
        app.follows().follow("carol", TargetType.ISSUE, issue.key());
        Question question = questions.ask("alice", QuestionDraft.onIssue(issue.key(), "How to fix the #vpn drops?",
                "")).value();
        Answer answer = questions.answer("bob", question.id(), "Lower the MTU.").value().answer();
        questions.accept("alice", question.id(), answer.id()).value();

        List<FeedItem> feed = feed("carol");
        assertThat(feed).extracting(FeedItem::verb).containsExactly(Verb.ACCEPTED, Verb.ANSWERED, Verb.ASKED);
        assertThat(feed).allSatisfy(item -> {
            assertThat(item.issueKey()).contains(issue.key());
            assertThat(item.text()).isEqualTo("How to fix the #vpn drops?");
            assertThat(item.hashtags()).containsExactly("vpn");
        });
        assertThat(feed.get(0).actor().key()).isEqualTo("alice");
        assertThat(feed.get(0).subject()).map(Person::key).contains("bob");

        questions.unaccept("alice", question.id()).value();
        assertThat(feed("carol")).extracting(FeedItem::verb).containsExactly(Verb.ANSWERED, Verb.ASKED);

        questions.accept("alice", question.id(), answer.id()).value();
        questions.deleteAnswer("bob", answer.id()).value();
        assertThat(feed("carol")).extracting(FeedItem::verb).containsExactly(Verb.ASKED);

        questions.deleteQuestion("alice", question.id()).value();
        assertThat(feed("carol")).isEmpty();
    }

    @Test
    void projectWideQuestionsReachProjectAndHashtagFollowersWhoMaySeeThem() {
        app.follows().follow("carol", TargetType.PROJECT, "SD");
        app.follows().follow("dave", TargetType.HASHTAG, "printer");
        IssueRef hidden = host.addIssue(sd, "Secret printer", "", "alice");
        host.restrictIssue(hidden, "alice");

        questions.ask("alice", QuestionDraft.inProject("SD", "Which #printer is on floor 3?", "")).value();
        questions.ask("alice", QuestionDraft.onIssue(hidden.key(), "Who uses the secret #printer?", "")).value();

        assertThat(feed("carol")).singleElement().satisfies(item -> {
            assertThat(item.verb()).isEqualTo(Verb.ASKED);
            assertThat(item.issueKey()).isEmpty();
            assertThat(item.projectKey()).isEqualTo("SD");
        });
        assertThat(feed("dave")).extracting(FeedItem::text).containsExactly("Which #printer is on floor 3?");
    }

    @Test
    void acceptedAnswersAndUpvotesEarnPointsThatReversalsTakeBack() {
        Question question = questions.ask("alice", QuestionDraft.onIssue(issue.key(), "Which VPN client to use?", ""))
                .value();
        Answer bobs = questions.answer("bob", question.id(), "The new one.").value().answer();
        Answer carols = questions.answer("carol", question.id(), "The old one.").value().answer();

        questions.voteOnAnswer("alice", bobs.id(), 1).value();
        questions.voteOnAnswer("dave", bobs.id(), 1).value();
        questions.accept("alice", question.id(), bobs.id()).value();
        assertThat(points("bob")).isEqualTo(5 + 5 + 15);

        questions.voteOnAnswer("dave", bobs.id(), -1).value();
        questions.accept("alice", question.id(), carols.id()).value();
        assertThat(points("bob")).isEqualTo(5);
        assertThat(points("carol")).isEqualTo(15);

        questions.accept("alice", question.id(), bobs.id()).value();
        assertThat(points("bob")).isEqualTo(5 + 15);
        assertThat(points("carol")).isZero();

        questions.deleteQuestion("alice", question.id()).value();
        assertThat(points("bob")).isZero();
        assertThat(points("carol")).isZero();
    }

    @Test
    void acceptingOnesOwnAnswerEarnsNothing() {
        Question question = questions.ask("alice", QuestionDraft.inProject("SD", "Answering my own question", ""))
                .value();
        Answer own = questions.answer("alice", question.id(), "Found it myself.").value().answer();

        questions.accept("alice", question.id(), own.id()).value();
        questions.unaccept("alice", question.id()).value();
        questions.accept("alice", question.id(), own.id()).value();

        assertThat(points("alice")).isZero();
    }

    private int points(String user) {
        return app.kudos().profile(Optional.of(user), user).orElseThrow().points();
    }

    private List<FeedItem> feed(String user) {
        return app.feed().feed(Optional.of(user), FeedQuery.first(20)).items();
    }
}
