package com.socialitsm.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.activity.FeedFilter;
import com.socialitsm.activity.FeedItem;
import com.socialitsm.activity.FeedQuery;
import com.socialitsm.activity.Verb;
import com.socialitsm.app.SocialApp;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.InMemoryIssueCreation;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/** Idea boards: submitting within the limits, voting, comments, agents' statuses reaching followers, order, issues. */
@DatabaseTest
class IdeaServiceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private SocialApp app;
    private IdeaService ideas;
    private ProjectRef sd;
    private ProjectRef sec;

    @BeforeEach
    void setUp() {
        app = new SocialApp(db.store(), clock, host, host, host);
        ideas = app.ideas();
        sd = host.addProject("SD");
        sec = host.addProject("SEC");
        for (String user : List.of("alice", "bob", "carol", "dave", "admin")) {
            host.addUser(user);
        }
        host.makeAdmin("admin");
        host.makeAgent(sd, "alice");
        host.restrictProject(sec, "alice", "bob");
    }

    @Test
    void aSubmittedIdeaIsOpenWithItsHashtagsAndSafeHtml() {
        Idea idea = ideas.submit("carol", "SD", "  Dark mode   for the portal ", "Please! <script>x</script> #ux",
                List.of("#Portal")).value();

        assertThat(idea.title()).isEqualTo("Dark mode for the portal");
        assertThat(idea.status()).isEqualTo(IdeaStatus.OPEN);
        assertThat(idea.hashtags()).containsExactly("portal", "ux");
        IdeaDetail detail = ideas.get(Optional.of("bob"), idea.id()).value();
        assertThat(detail.bodyHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(detail.agent()).isFalse();
        assertThat(ideas.get(Optional.of("alice"), idea.id()).value().agent()).isTrue();
    }

    @Test
    void everyLimitIsABadRequest() {
        assertRefused(ideas.submit("carol", "SD", "too short", "", List.of()), Problem.INVALID);
        assertRefused(ideas.submit("carol", "SD", "x".repeat(201), "", List.of()), Problem.INVALID);
        assertRefused(ideas.submit("carol", "SD", "A fine title", "b".repeat(30_001), List.of()), Problem.INVALID);
        assertRefused(ideas.submit("carol", "SD", "A fine title", "", List.of("not a tag!")), Problem.INVALID);
        assertRefused(ideas.submit("carol", "SD", "A fine title", "",
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")), Problem.INVALID);
        assertThat(ideas.submit("carol", "SD", "x".repeat(200), "b".repeat(30_000), List.of()).isDone()).isTrue();
        Idea idea = ideas.submit("carol", "SD", "A fine title", "", List.of()).value();
        assertRefused(ideas.comment("bob", idea.id(), " "), Problem.INVALID);
        assertRefused(ideas.comment("bob", idea.id(), "c".repeat(30_001)), Problem.INVALID);
        assertRefused(ideas.setStatus("alice", idea.id(), "shipped", ""), Problem.INVALID);
        assertRefused(ideas.setStatus("alice", idea.id(), "done", "r".repeat(2_001)), Problem.INVALID);
        assertRefused(ideas.list(Optional.of("bob"), "SD", IdeaSort.VOTES, Optional.of("n5"), 20), Problem.INVALID);
    }

    @Test
    void hiddenProjectsAndTheirIdeasAreNotFoundForEveryAction() {
        Idea secret = ideas.submit("bob", "SEC", "Rotate the VPN keys monthly", "", List.of()).value();

        assertRefused(ideas.submit("dave", "SEC", "Something for SEC", "", List.of()), Problem.NOT_FOUND);
        assertRefused(ideas.list(Optional.of("dave"), "SEC", IdeaSort.NEWEST, Optional.empty(), 20),
                Problem.NOT_FOUND);
        assertRefused(ideas.list(Optional.empty(), "SEC", IdeaSort.NEWEST, Optional.empty(), 20),
                Problem.NOT_FOUND);
        assertRefused(ideas.get(Optional.of("dave"), secret.id()), Problem.NOT_FOUND);
        assertRefused(ideas.vote("dave", secret.id()), Problem.NOT_FOUND);
        assertRefused(ideas.unvote("dave", secret.id()), Problem.NOT_FOUND);
        assertRefused(ideas.comment("dave", secret.id(), "hi"), Problem.NOT_FOUND);
        assertRefused(ideas.setStatus("dave", secret.id(), "done", ""), Problem.NOT_FOUND);
        assertRefused(ideas.get(Optional.of("dave"), 999_999), Problem.NOT_FOUND);
        assertThat(ideas.vote("dave", secret.id()).toString())
                .isEqualTo(ideas.vote("dave", 999_999).toString());
    }

    @Test
    void oneVotePerUserAndUnvotingTakesItBack() {
        Idea idea = ideas.submit("carol", "SD", "Self-service password reset", "", List.of()).value();

        assertThat(ideas.vote("bob", idea.id()).value()).isEqualTo(new IdeaVotes(idea.id(), 1, true));
        assertThat(ideas.vote("bob", idea.id()).value()).isEqualTo(new IdeaVotes(idea.id(), 1, true));
        assertThat(ideas.vote("dave", idea.id()).value().votes()).isEqualTo(2);
        assertThat(ideas.unvote("bob", idea.id()).value()).isEqualTo(new IdeaVotes(idea.id(), 1, false));
        assertThat(ideas.unvote("bob", idea.id()).value()).isEqualTo(new IdeaVotes(idea.id(), 1, false));
        assertThat(ideas.get(Optional.of("dave"), idea.id()).value().idea().voted()).isTrue();
        assertThat(ideas.get(Optional.of("bob"), idea.id()).value().idea().voted()).isFalse();
    }

    @Test
    void onlyAgentsSetTheStatusAndItsPublicReasonReachesTheFollowersFeeds() {
        Idea idea = ideas.submit("carol", "SD", "Longer service desk hours", "", List.of()).value();
        ideas.vote("dave", idea.id());
        ideas.comment("bob", idea.id(), "Yes, until 8 pm please");

        assertRefused(ideas.setStatus("carol", idea.id(), "planned", "I wish"), Problem.FORBIDDEN);
        assertRefused(ideas.setStatus("bob", idea.id(), "planned", ""), Problem.FORBIDDEN);
        IdeaDetail planned = ideas.setStatus("alice", idea.id(), "planned", "From January, 7 am to 8 pm.").value();

        assertThat(planned.idea().status()).isEqualTo(IdeaStatus.PLANNED);
        assertThat(planned.statusReason()).isEqualTo("From January, 7 am to 8 pm.");
        assertThat(planned.statusBy()).isEqualTo("alice");
        for (String follower : List.of("carol", "dave", "bob")) {
            List<FeedItem> items = app.feed().feed(Optional.of(follower), FeedQuery.first(20)
                    .filtered(FeedFilter.IDEAS)).items();
            assertThat(items).as(follower).hasSize(1);
            assertThat(items.get(0).verb()).isEqualTo(Verb.IDEA_STATUS);
            assertThat(items.get(0).text()).isEqualTo("planned: Longer service desk hours");
        }
        assertThat(app.feed().feed(Optional.of("alice"), FeedQuery.first(20)).items()).as("not the actor")
                .isEmpty();
        assertThat(ideas.setStatus("admin", idea.id(), "under_review", "").value().idea().status())
                .isEqualTo(IdeaStatus.UNDER_REVIEW);
        assertThat(TargetType.fromCode("idea")).contains(TargetType.IDEA);
    }

    @Test
    void theBoardSortsByVotesTrendingAndNewestAcrossPages() {
        Idea old = ideas.submit("carol", "SD", "Old idea with many votes", "", List.of()).value();
        for (String voter : List.of("alice", "bob", "dave")) {
            ideas.vote(voter, old.id());
        }
        clock.advance(Duration.ofDays(10));
        Idea middle = ideas.submit("carol", "SD", "Middle idea, two fresh votes", "", List.of()).value();
        ideas.vote("alice", middle.id());
        ideas.vote("bob", middle.id());
        Idea fresh = ideas.submit("carol", "SD", "Fresh idea with one vote", "", List.of()).value();
        ideas.vote("dave", fresh.id());
        Idea none = ideas.submit("carol", "SD", "Newest idea, no votes", "", List.of()).value();

        assertThat(ids(IdeaSort.VOTES, 2)).containsExactly(old.id(), middle.id(), fresh.id(), none.id());
        assertThat(ids(IdeaSort.NEWEST, 3)).containsExactly(none.id(), fresh.id(), middle.id(), old.id());
        assertThat(ids(IdeaSort.TRENDING, 1)).containsExactly(middle.id(), fresh.id());
    }

    @Test
    void anAgentTurnsAnIdeaIntoOneLinkedIssue() {
        InMemoryIssueCreation creation = new InMemoryIssueCreation(host);
        Idea idea = ideas.submit("carol", "SD", "Printer in every meeting room", "We need them.", List.of()).value();

        assertRefused(ideas.turnIntoIssue("carol", idea.id(), creation, "http://x/ideas/" + idea.id()),
                Problem.FORBIDDEN);
        IssueRef issue = ideas.turnIntoIssue("alice", idea.id(), creation, "http://x/idea?id=" + idea.id()).value();

        assertThat(issue.summary()).isEqualTo("Printer in every meeting room");
        assertThat(issue.description()).contains("We need them.").contains("http://x/idea?id=" + idea.id());
        assertThat(ideas.get(Optional.of("carol"), idea.id()).value().idea().issueKey()).isEqualTo(issue.key());
        assertRefused(ideas.turnIntoIssue("alice", idea.id(), creation, "http://x"), Problem.CONFLICT);
    }

    @Test
    void theFollowButtonBringsAndStopsStatusChangesInTheFeed() {
        host.makeAgent(sd, "bob");
        Idea idea = ideas.submit("carol", "SD", "Self-service password reset", "", List.of()).value();

        assertThat(ideas.get(Optional.of("dave"), idea.id()).value().following()).isFalse();
        assertThat(ideas.follow("dave", idea.id()).value().following()).isTrue();
        assertThat(ideas.follow("dave", idea.id()).value().following()).as("idempotent").isTrue();
        assertThat(ideas.get(Optional.of("dave"), idea.id()).value().following()).isTrue();
        assertThat(ideas.get(Optional.of("carol"), idea.id()).value().following()).as("the author").isTrue();
        ideas.setStatus("alice", idea.id(), "planned", "");
        assertThat(app.feed().feed(Optional.of("dave"), FeedQuery.first(20).filtered(FeedFilter.IDEAS)).items())
                .hasSize(1);

        assertThat(ideas.unfollow("dave", idea.id()).value().following()).isFalse();
        assertThat(ideas.unfollow("carol", idea.id()).value().following()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        ideas.setStatus("bob", idea.id(), "done", "");
        assertThat(app.feed().feed(Optional.of("dave"), FeedQuery.first(20).filtered(FeedFilter.IDEAS)).items())
                .as("nothing new after unfollowing").hasSize(1);
        assertThat(app.feed().feed(Optional.of("carol"), FeedQuery.first(20).filtered(FeedFilter.IDEAS)).items())
                .hasSize(1);
        assertThat(ideas.get(Optional.empty(), idea.id()).value().following()).as("anonymous").isFalse();
    }

    @Test
    void nobodyFollowsAnIdeaTheyMayNotSee() {
        Idea secret = ideas.submit("bob", "SEC", "A secret idea of the SEC team", "", List.of()).value();

        assertRefused(ideas.follow("dave", secret.id()), Problem.NOT_FOUND);
        assertRefused(ideas.unfollow("dave", secret.id()), Problem.NOT_FOUND);
        assertRefused(ideas.follow("dave", 999_999), Problem.NOT_FOUND);
    }

    @Test
    void aConversionTheHostRefusedLeavesTheIdeaFreeForTheNextAgent() {
        InMemoryIssueCreation creation = new InMemoryIssueCreation(host);
        host.makeAgent(sd, "bob");
        creation.bar("bob");
        Idea idea = ideas.submit("carol", "SD", "Coffee machine on floor 3", "", List.of()).value();

        assertRefused(ideas.turnIntoIssue("bob", idea.id(), creation, "http://x"), Problem.FORBIDDEN);
        IssueRef issue = ideas.turnIntoIssue("alice", idea.id(), creation, "http://x").value();

        assertThat(ideas.get(Optional.of("carol"), idea.id()).value().idea().issueKey()).isEqualTo(issue.key());
    }

    @Test
    void aClaimLeftByACrashedNodeExpires() {
        Idea idea = ideas.submit("carol", "SD", "Standing desks for the desk", "", List.of()).value();
        IdeaConversion stuck = IdeaConversion.claim(clock.millis(), 0);
        db.store().executeInTransaction(() -> {
            com.socialitsm.store.IdeaEntity row = db.store().get(com.socialitsm.store.IdeaEntity.class,
                    (int) idea.id());
            row.setIssueId(stuck.marker());
            row.save();
            return null;
        });
        InMemoryIssueCreation creation = new InMemoryIssueCreation(host);

        assertRefused(ideas.turnIntoIssue("alice", idea.id(), creation, "http://x"), Problem.CONFLICT);
        assertThat(ideas.get(Optional.of("carol"), idea.id()).value().idea().issueKey()).isNullOrEmpty();
        clock.advance(IdeaConversion.CLAIM_EXPIRY.plusSeconds(1));
        IssueRef issue = ideas.turnIntoIssue("alice", idea.id(), creation, "http://x").value();

        assertThat(ideas.get(Optional.of("carol"), idea.id()).value().idea().issueKey()).isEqualTo(issue.key());
    }

    private List<Long> ids(IdeaSort sort, int pageSize) {
        List<Long> all = new java.util.ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            IdeaPage page = ideas.list(Optional.of("bob"), "SD", sort, cursor, pageSize).value();
            page.items().forEach(i -> all.add(i.id()));
            cursor = page.next();
        } while (cursor.isPresent());
        return all;
    }

    private static void assertRefused(Outcome<?> outcome, Problem problem) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<?>) outcome).refusal().problem()).isEqualTo(problem);
    }
}
