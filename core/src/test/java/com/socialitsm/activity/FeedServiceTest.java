package com.socialitsm.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Reading feeds: order, paging under concurrent writes, permissions, grouping, filters, statement counts. */
@DatabaseTest
class FeedServiceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Optional<String> BOB = Optional.of("bob");

    private SocialTestBed bed;
    private FeedService feeds;
    private final AtomicInteger sources = new AtomicInteger();

    @BeforeEach
    void setUp() {
        bed = new SocialTestBed(db.store());
        feeds = bed.app.feed();
    }

    @Test
    void theFeedShowsWhatIFollowNewestFirstWithWhoDidWhatWhere() {
        IssueRef issue = bed.create("VPN down #vpn", "carol");
        bed.app.follows().follow("bob", TargetType.HASHTAG, "vpn");
        bed.comment(issue, "alice", "Rebooting the #gateway now");
        IssueRef assigned = bed.assign(issue, "alice", "dave");

        FeedPage page = feeds.feed(BOB, FeedQuery.first(20));

        assertThat(page.items()).hasSize(2);
        assertThat(page.next()).isEmpty();
        FeedItem newest = page.items().get(0);
        assertThat(newest.verb()).isEqualTo(Verb.ASSIGNED);
        assertThat(newest.actor()).isEqualTo(new Person("alice", "Alice", ""));
        assertThat(newest.subject()).contains(new Person("dave", "Dave", ""));
        assertThat(newest.issueKey()).contains(assigned.key());
        assertThat(newest.summary()).isEqualTo("VPN down #vpn");
        assertThat(newest.projectKey()).isEqualTo("SD");
        assertThat(newest.reason()).contains(TargetType.HASHTAG);
        FeedItem comment = page.items().get(1);
        assertThat(comment.verb()).isEqualTo(Verb.COMMENTED);
        assertThat(comment.text()).isEqualTo("Rebooting the #gateway now");
        assertThat(comment.hashtags()).containsExactly("vpn", "gateway");
        assertThat(comment.at()).isEqualTo(SocialTestBed.START.plusSeconds(2));
        assertThat(comment.count()).isEqualTo(1);
    }

    @Test
    void anAnonymousViewerHasAnEmptyFeed() {
        assertThat(feeds.feed(Optional.empty(), FeedQuery.first(20))).isEqualTo(FeedPage.empty());
    }

    @Test
    void pagingWhileNewActivityArrivesShowsEveryItemOnceAndSkipsNone() {
        bed.app.follows().follow("bob", TargetType.USER, "alice");
        List<IssueRef> issues = issues(60);
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            recorded.add(0, upvote("alice", issues.get(i)));
        }

        List<Long> seen = new ArrayList<>();
        FeedQuery query = FeedQuery.first(7);
        int pages = 0;
        while (true) {
            FeedPage page = feeds.feed(BOB, query);
            page.items().forEach(item -> seen.add(item.id()));
            pages++;
            // New activity lands between page reads: it belongs above the first page, never in a later one.
            upvote("alice", issues.get(50 + pages % 10));
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }

        assertThat(seen).containsExactlyElementsOf(recorded);
        assertThat(pages).isEqualTo(8);
        assertThat(feeds.feed(BOB, FeedQuery.first(3)).items().get(0).id()).isGreaterThan(recorded.get(0));
    }

    @Test
    void hiddenIssuesInterleavedWithVisibleOnesNeverShowAndThePageIsStillFull() {
        bed.app.follows().follow("bob", TargetType.PROJECT, "SD");
        List<IssueRef> issues = issues(60);
        List<Long> visible = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i % 3 != 0) {
                bed.host.restrictIssue(issues.get(i), "alice");
                upvote("alice", issues.get(i));
            } else {
                visible.add(0, upvote("alice", issues.get(i)));
            }
        }

        FeedPage first = feeds.feed(BOB, FeedQuery.first(15));
        assertThat(first.items()).extracting(FeedItem::id).containsExactlyElementsOf(visible.subList(0, 15));
        FeedPage second = feeds.feed(BOB, FeedQuery.first(15).after(first.next().orElseThrow()));
        assertThat(second.items()).extracting(FeedItem::id).containsExactlyElementsOf(visible.subList(15, 20));
        assertThat(second.next()).isEmpty();
    }

    @Test
    void aLongRunOfHiddenItemsEndsThePageShortWithACursorThatGoesOn() {
        bed.app.follows().follow("bob", TargetType.PROJECT, "SD");
        List<IssueRef> issues = issues(120);
        List<Long> visible = new ArrayList<>();
        visible.add(upvote("alice", issues.get(0)));
        for (int i = 1; i < 119; i++) {
            bed.host.restrictIssue(issues.get(i), "alice");
            upvote("alice", issues.get(i));
        }
        visible.add(0, upvote("alice", issues.get(119)));

        FeedPage first = feeds.feed(BOB, FeedQuery.first(5));
        assertThat(first.items()).extracting(FeedItem::id).containsExactly(visible.get(0));
        assertThat(first.next()).isPresent();
        List<Long> rest = new ArrayList<>();
        FeedQuery query = FeedQuery.first(5);
        Optional<FeedCursor> next = first.next();
        while (next.isPresent()) {
            FeedPage page = feeds.feed(BOB, query.after(next.get()));
            page.items().forEach(item -> rest.add(item.id()));
            next = page.next();
        }
        assertThat(rest).containsExactly(visible.get(1));
    }

    @Test
    void aBurstOfTheSameVerbOnOneIssueFoldsIntoOneItem() {
        IssueRef printer = bed.create("Printer on fire", "erin");
        IssueRef mail = bed.create("Mail down", "erin");
        bed.app.follows().follow("erin", TargetType.ISSUE, printer.key());
        bed.comment(mail, "bob", "one");
        bed.comment(printer, "bob", "first");
        bed.comment(printer, "carol", "second");
        bed.comment(printer, "dave", "third");
        bed.comment(printer, "bob", "fourth");
        bed.assign(printer, "alice", "bob");

        List<FeedItem> items = feeds.feed(Optional.of("erin"), FeedQuery.first(3)).items();

        assertThat(items).extracting(FeedItem::verb).containsExactly(Verb.ASSIGNED, Verb.COMMENTED, Verb.COMMENTED);
        FeedItem burst = items.get(1);
        assertThat(burst.count()).isEqualTo(4);
        assertThat(burst.actors()).extracting(Person::key).containsExactly("bob", "dave", "carol");
        assertThat(burst.text()).isEqualTo("fourth");
        assertThat(items.get(2).issueKey()).contains(mail.key());
    }

    @Test
    void filtersShowOnlyWhatCameThroughThatKindOfFollow() {
        IssueRef tagged = bed.create("Wifi #wifi", "erin");
        IssueRef followed = bed.create("Disk full", "erin");
        bed.app.follows().follow("bob", TargetType.HASHTAG, "wifi");
        bed.app.follows().follow("bob", TargetType.ISSUE, followed.key());
        bed.app.follows().follow("bob", TargetType.USER, "dave");
        bed.comment(tagged, "alice", "tag");
        bed.comment(followed, "alice", "issue");
        bed.create("Dave's own", "dave");

        assertThat(texts(FeedFilter.ALL)).containsExactly("", "issue", "tag");
        assertThat(texts(FeedFilter.HASHTAGS)).containsExactly("tag");
        assertThat(texts(FeedFilter.ISSUES)).containsExactly("issue");
        assertThat(texts(FeedFilter.PEOPLE)).containsExactly("");
    }

    @Test
    void readingAPageTakesTheSameStatementsWithOneFollowAndWithSixHundred() {
        IssueRef one = bed.create("One", "carol");
        bed.app.follows().follow("bob", TargetType.ISSUE, one.key());
        for (int i = 0; i < 30; i++) {
            bed.comment(one, i % 2 == 0 ? "alice" : "dave", "c" + i);
        }
        // A first page whose own rows do not fill a chunk: those rows, the newest activity id (where the fan-in window
        // hangs), the fan-in join (empty: no heavy target followed), the activities by id.
        assertThat(db.sql().countDuring(() -> assertThat(feeds.feed(BOB, FeedQuery.first(20)).items()).isNotEmpty()))
                .isEqualTo(4);

        List<IssueRef> many = issues(600);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IssueRef issue : many) {
            rows.add(followRow("bob", FollowTarget.issue(issue.id())));
        }
        db.store().create(FollowEntity.class, rows);
        for (int i = 0; i < many.size(); i += 5) {
            upvote(i % 2 == 0 ? "alice" : "dave", many.get(i));
        }
        assertThat(db.store().count(FollowEntity.class, "FOLLOWER = ?", "bob")).isEqualTo(601);

        // A full chunk of own rows bounds the fan-in join: own rows, the join, the activities.
        assertThat(db.sql().countDuring(() -> assertThat(feeds.feed(BOB, FeedQuery.first(20)).items()).hasSize(20)))
                .isEqualTo(3);
        for (FeedFilter filter : FeedFilter.values()) {
            assertThat(db.sql().countDuring(() -> feeds.feed(BOB, FeedQuery.first(20).filtered(filter))))
                    .as("statements for filter %s", filter).isBetween(3, 4);
        }
        FeedPage first = feeds.feed(BOB, FeedQuery.first(100));
        assertThat(db.sql().countDuring(() -> feeds.feed(BOB, FeedQuery.first(100).after(first.next().orElseThrow()))))
                .isEqualTo(3);
    }

    @Test
    void aTargetsStreamShowsItsActivityToThoseWhoMaySeeIt() {
        IssueRef open = bed.create("Open #vpn", "carol");
        IssueRef secret = bed.create("Secret #vpn", "carol");
        bed.host.restrictIssue(secret, "carol");
        bed.comment(open, "alice", "hi");
        bed.comment(secret, "alice", "psst");

        FeedPage forBob = feeds.stream(BOB, FollowTarget.hashtag("vpn"), FeedQuery.first(10));
        FeedPage forCarol = feeds.stream(Optional.of("carol"), FollowTarget.hashtag("vpn"), FeedQuery.first(10));

        assertThat(forBob.items()).extracting(FeedItem::text).containsExactly("hi", "");
        assertThat(forCarol.items()).extracting(FeedItem::text).containsExactly("psst", "hi", "", "");
        assertThat(feeds.stream(BOB, FollowTarget.user("alice"), FeedQuery.first(10)).items())
                .extracting(FeedItem::text).containsExactly("hi");
    }

    @Test
    void suggestionsAreTheTagsAndPeopleThatThePeopleIFollowInteractWithAndICanSee() {
        ProjectRef sec = bed.host.addProject("SEC");
        bed.host.restrictProject(sec, "alice", "erin");
        bed.app.follows().follow("bob", TargetType.USER, "alice");
        bed.app.follows().follow("bob", TargetType.HASHTAG, "printer");
        IssueRef vpn = bed.create("VPN #vpn #printer", "carol");
        IssueRef vpn2 = bed.create("VPN again #vpn", "carol");
        bed.comment(vpn, "alice", "looking");
        bed.comment(vpn2, "alice", "looking");
        bed.comment(vpn2, "dave", "me too");
        IssueRef hidden = bed.host.addIssue(sec, "Breach #breach", "", "erin");
        bed.handle(com.socialitsm.host.IssueChange.of("h1", hidden, "erin",
                com.socialitsm.host.IssueChange.Kind.CREATED, bed.clock.tick()));
        bed.comment(hidden, "alice", "on it #breach");

        FollowSuggestions suggestions = feeds.suggestions(BOB, 5);

        assertThat(suggestions.tags()).extracting(FollowSuggestions.SuggestedTag::tag).containsExactly("vpn");
        assertThat(suggestions.people()).extracting(s -> s.person().key()).containsExactly("carol", "dave");
        assertThat(feeds.suggestions(Optional.empty(), 5).tags()).isEmpty();
    }

    @Test
    void aViewerWhoFollowsNoOneGetsSuggestionsFromTheirOwnFeed() {
        IssueRef issue = bed.create("Printer #printer", "carol");
        bed.app.follows().follow("bob", TargetType.ISSUE, issue.key());
        bed.comment(issue, "dave", "jammed #paper");

        FollowSuggestions suggestions = feeds.suggestions(BOB, 5);

        assertThat(suggestions.tags()).extracting(FollowSuggestions.SuggestedTag::tag)
                .containsExactly("paper", "printer");
        assertThat(suggestions.people()).extracting(s -> s.person().key()).containsExactly("dave");
    }

    @Test
    void pruningKeepsTheNewestItemsOfEachUser() {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Integer> sizes = new LinkedHashMap<>(Map.of("alice", 3, "bob", 12, "carol", 25));
        sizes.forEach((user, size) -> {
            for (int i = 1; i <= size; i++) {
                Map<String, Object> row = new HashMap<>();
                row.put("USER_KEY", user);
                row.put("ACTIVITY_ID", (long) i * 10);
                row.put("ISSUE_ID", 1L);
                row.put("REASON", "issue");
                rows.add(row);
            }
        });
        db.store().create(FeedItemEntity.class, rows);

        FeedPruner.PruneResult firstSlice = bed.app.feedPruner().prune(10, Optional.empty(), 2);
        assertThat(firstSlice).isEqualTo(new FeedPruner.PruneResult(2, 2, Optional.of("bob")));
        FeedPruner.PruneResult all = bed.app.feedPruner().pruneAll(10);

        assertThat(all.usersVisited()).isEqualTo(3);
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "alice")).isEqualTo(3);
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "bob")).isEqualTo(10);
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ? AND ACTIVITY_ID > ?", "carol", 150L))
                .isEqualTo(10);
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "carol")).isEqualTo(10);
    }

    @Test
    void cursorsRoundTripAndGarbageIsRefused() {
        FeedCursor cursor = new FeedCursor(12345);
        assertThat(FeedCursor.decode(cursor.encode())).contains(cursor);
        assertThat(FeedCursor.decode("12345")).isEmpty();
        assertThat(FeedCursor.decode("")).isEmpty();
        assertThat(FeedCursor.decode("djE6LTE")).isEmpty();
        assertThat(FeedCursor.decode("not a cursor!")).isEmpty();
        assertThat(FeedCursor.decode("x".repeat(100))).isEmpty();
    }

    private List<String> texts(FeedFilter filter) {
        return feeds.feed(BOB, FeedQuery.first(20).filtered(filter)).items().stream().map(FeedItem::text).toList();
    }

    private List<IssueRef> issues(int count) {
        List<IssueRef> issues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            issues.add(bed.host.addIssue(bed.sd, "Issue " + i, "", "erin"));
        }
        return issues;
    }

    /** Records an upvote (distinct source each time) and returns its activity id. */
    private long upvote(String actor, IssueRef issue) {
        String source = "vote-" + sources.incrementAndGet();
        bed.app.activity().record(ActivityDraft.onIssue(source, Verb.UPVOTED, actor, issue, List.of(),
                bed.clock.tick()));
        return db.store().find(com.socialitsm.store.ActivityEntity.class, "SOURCE_KEY = ?", source)[0].getID();
    }

    private static Map<String, Object> followRow(String user, FollowTarget target) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("FOLLOW_KEY", user + "|" + target.key());
        row.put("FOLLOWER", user);
        row.put("TARGET", target.key());
        row.put("SINCE", 0L);
        row.put("AUTO", false);
        row.put("MUTED", false);
        return row;
    }
}
