package com.socialitsm.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * Fan-in on read for targets with very many followers: their activity is not copied into each follower's FEED_ITEM
 * rows, the feed merges the targets' own streams in, and a reader cannot tell the difference — same items, once each,
 * same paging, same permissions and mutes.
 */
@DatabaseTest
class FanInFeedTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Optional<String> BOB = Optional.of("bob");

    private SocialTestBed bed;
    private FeedService feeds;
    private FollowService follows;
    private final AtomicInteger sources = new AtomicInteger();

    @BeforeEach
    void setUp() {
        bed = new SocialTestBed(db.store());
        feeds = bed.app.feed();
        follows = bed.app.follows();
        follows.setFanInThreshold(2);
    }

    @Test
    void aTargetSwitchesToFanInWhenAFollowCrossesTheThresholdAndNewFollowersJoinIt() {
        follows.follow("bob", TargetType.HASHTAG, "vpn");
        follows.follow("carol", TargetType.HASHTAG, "vpn");
        assertThat(follows.isFanIn(FollowTarget.hashtag("vpn"))).isFalse();

        follows.follow("dave", TargetType.HASHTAG, "vpn");
        follows.follow("erin", TargetType.HASHTAG, "vpn");

        assertThat(follows.isFanIn(FollowTarget.hashtag("vpn"))).isTrue();
        assertThat(db.store().count(FollowEntity.class, "TARGET = ? AND FAN_IN = ?", "hashtag:vpn", true))
                .isEqualTo(4);
        // Issues never switch, whatever their follower count.
        IssueRef issue = bed.host.addIssue(bed.sd, "Busy", "", "erin");
        for (String user : List.of("alice", "bob", "carol", "dave")) {
            follows.follow(user, TargetType.ISSUE, issue.key());
        }
        assertThat(follows.isFanIn(FollowTarget.issue(issue.id()))).isFalse();
    }

    @Test
    void aHeavyTargetsActivityReachesItsFollowersByFanInWithoutFeedRows() {
        heavyHashtag("vpn", "bob", "carol", "dave");
        IssueRef issue = bed.create("VPN down #vpn", "erin");
        bed.comment(issue, "alice", "Rebooting #vpn");

        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY IN (?, ?, ?)", "bob", "carol", "dave"))
                .isZero();
        FeedPage page = feeds.feed(BOB, FeedQuery.first(20));
        assertThat(page.items()).extracting(FeedItem::verb).containsExactly(Verb.COMMENTED, Verb.CREATED);
        assertThat(page.items()).allSatisfy(item -> assertThat(item.reason()).contains(TargetType.HASHTAG));
        assertThat(page.next()).isEmpty();
        assertThat(feeds.feed(BOB, FeedQuery.first(20).filtered(FeedFilter.HASHTAGS)).items()).hasSize(2);
        assertThat(feeds.feed(BOB, FeedQuery.first(20).filtered(FeedFilter.PEOPLE)).items()).isEmpty();
        // The actor's own activity is not in their feed, by fan-in no more than by fan-out.
        assertThat(feeds.feed(Optional.of("dave"), FeedQuery.first(20)).items()).hasSize(2);
        follows.follow("erin", TargetType.HASHTAG, "vpn");
        assertThat(feeds.feed(Optional.of("erin"), FeedQuery.first(20)).items())
                .extracting(FeedItem::verb).containsExactly(Verb.COMMENTED);
    }

    @Test
    void anActivityArrivingByBothRoutesIsShownOnceForTheCloserFollow() {
        heavyHashtag("vpn", "bob", "carol", "dave");
        IssueRef issue = bed.create("VPN down #vpn", "erin");
        follows.follow("bob", TargetType.ISSUE, issue.key());
        bed.comment(issue, "alice", "On it");

        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "bob")).isEqualTo(1);
        List<FeedItem> items = feeds.feed(BOB, FeedQuery.first(20)).items();
        assertThat(items).extracting(FeedItem::verb).containsExactly(Verb.COMMENTED, Verb.CREATED);
        // The reason is the closest follow the user has now: bob follows the issue since its creation came by fan-in.
        assertThat(items).extracting(FeedItem::reason).containsOnly(Optional.of(TargetType.ISSUE));
        follows.unfollow("bob", TargetType.ISSUE, issue.key());
        assertThat(feeds.feed(BOB, FeedQuery.first(20)).items()).extracting(FeedItem::reason)
                .containsExactly(Optional.of(TargetType.HASHTAG), Optional.of(TargetType.HASHTAG));
    }

    @Test
    void pagingAcrossBothSourcesWhileNewActivityArrivesShowsEveryItemOnceAndSkipsNone() {
        heavyHashtag("vpn", "bob", "carol", "dave");
        follows.follow("bob", TargetType.USER, "alice");
        List<IssueRef> tagged = issues(60, "Tagged #vpn");
        List<IssueRef> plain = issues(60, "Plain");
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Alternate: by fan-in only (erin on a tagged issue), by fan-out only (alice on a plain one), by both.
            IssueRef issue = i % 3 == 1 ? plain.get(i) : tagged.get(i);
            String actor = i % 3 == 0 ? "erin" : "alice";
            recorded.add(0, upvote(actor, issue));
        }

        List<Long> seen = new ArrayList<>();
        FeedQuery query = FeedQuery.first(7);
        int pages = 0;
        while (true) {
            FeedPage page = feeds.feed(BOB, query);
            page.items().forEach(item -> seen.add(item.id()));
            pages++;
            // New activity by both routes lands between page reads: above the first page, never in a later one.
            upvote("erin", tagged.get(pages));
            upvote("alice", plain.get(pages));
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }

        assertThat(seen).containsExactlyElementsOf(recorded);
        assertThat(pages).isEqualTo(9);
    }

    @Test
    void hiddenAndMutedItemsInterleavedWithVisibleOnesNeverShowAndThePageIsStillFull() {
        heavyHashtag("vpn", "bob", "carol", "dave");
        List<IssueRef> issues = issues(60, "Issue #vpn");
        follows.mute("bob", issues.get(1).key());
        List<Long> visible = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i % 3 == 2) {
                bed.host.restrictIssue(issues.get(i), "alice");
                upvote("alice", issues.get(i));
            } else if (i == 1) {
                upvote("alice", issues.get(i));
            } else {
                visible.add(0, upvote("alice", issues.get(i)));
            }
        }

        FeedPage first = feeds.feed(BOB, FeedQuery.first(15));
        assertThat(first.items()).extracting(FeedItem::id).containsExactlyElementsOf(visible.subList(0, 15));
        FeedPage second = feeds.feed(BOB, FeedQuery.first(15).after(first.next().orElseThrow()));
        assertThat(second.items()).extracting(FeedItem::id).containsExactlyElementsOf(visible.subList(15, 30));
        FeedPage third = feeds.feed(BOB, FeedQuery.first(15).after(second.next().orElseThrow()));
        assertThat(third.items()).extracting(FeedItem::id).containsExactlyElementsOf(visible.subList(30, 39));
        assertThat(third.next()).isEmpty();
    }

    @Test
    void crossingTheThresholdKeepsWhatWasDeliveredAndShowsEveryItemOnce() {
        follows.follow("bob", TargetType.PROJECT, "SD");
        List<IssueRef> issues = issues(10, "Issue");
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            recorded.add(0, upvote("alice", issues.get(i)));
        }
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "bob")).isEqualTo(5);

        follows.follow("carol", TargetType.PROJECT, "SD");
        follows.follow("dave", TargetType.PROJECT, "SD");
        assertThat(follows.isFanIn(FollowTarget.project(bed.sd.id()))).isTrue();
        for (int i = 5; i < 10; i++) {
            recorded.add(0, upvote("alice", issues.get(i)));
        }

        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "bob")).isEqualTo(5);
        List<Long> seen = new ArrayList<>();
        FeedQuery query = FeedQuery.first(3);
        for (FeedPage page = feeds.feed(BOB, query); ; page = feeds.feed(BOB, query)) {
            page.items().forEach(item -> seen.add(item.id()));
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }
        assertThat(seen).containsExactlyElementsOf(recorded);
        assertThat(feeds.feed(BOB, FeedQuery.first(20)).items())
                .allSatisfy(item -> assertThat(item.reason()).contains(TargetType.PROJECT));
    }

    @Test
    void recordingAnActivityCostsTheSameWhateverAHeavyTargetsFollowerCount() {
        IssueRef issue = bed.host.addIssue(bed.sd, "Busy #vpn", "", "erin");
        heavyHashtag("vpn", "bob", "carol", "dave");
        int few = db.sql().countDuring(() -> upvote("alice", issue));
        for (int i = 0; i < 300; i++) {
            follows.follow("fan" + i, TargetType.HASHTAG, "vpn");
        }
        assertThat(follows.followerCount(FollowTarget.hashtag("vpn"))).isEqualTo(303);

        int many = db.sql().countDuring(() -> upvote("alice", issue));

        assertThat(many).isEqualTo(few);
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY LIKE ?", "fan%")).isZero();
        assertThat(feeds.feed(Optional.of("fan299"), FeedQuery.first(5)).items()).hasSize(1);
    }

    @Test
    void aPageCostsTheSameStatementsWithOneFanInFollowAndWithFifty() {
        heavyHashtag("vpn", "bob", "carol", "dave");
        List<IssueRef> issues = issues(60, "Issue #vpn");
        for (int i = 0; i < 60; i++) {
            upvote("alice", issues.get(i));
        }
        FeedPage first = feeds.feed(BOB, FeedQuery.first(20));
        int one = db.sql().countDuring(() -> feeds.feed(BOB, FeedQuery.first(20).after(first.next().orElseThrow())));
        for (int t = 0; t < 50; t++) {
            heavyHashtag("tag" + t, "bob", "carol", "dave");
        }
        int fifty = db.sql().countDuring(() -> feeds.feed(BOB, FeedQuery.first(20).after(first.next().orElseThrow())));

        // Before the permission check: the user's own FEED_ITEM range and the fan-in join, each returning the
        // activities themselves. After it: the user's follows among the visible items' targets (reasons, and mutes,
        // which act at delivery on fan-out and at read time on fan-in).
        assertThat(one).isEqualTo(fifty).isEqualTo(3);
    }

    /** Makes the hashtag heavy (more followers than the threshold of 2), followed by these users. */
    private void heavyHashtag(String tag, String... users) {
        Set<String> followers = new LinkedHashSet<>(List.of(users));
        for (String user : followers) {
            follows.follow(user, TargetType.HASHTAG, tag);
        }
        assertThat(follows.isFanIn(FollowTarget.hashtag(tag))).isTrue();
    }

    private List<IssueRef> issues(int count, String summary) {
        List<IssueRef> issues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            issues.add(bed.host.addIssue(bed.sd, summary + " " + i, "", "erin"));
        }
        return issues;
    }

    /** Records an upvote on the issue (with the tags of its summary) and returns its activity id. */
    private long upvote(String actor, IssueRef issue) {
        String source = "vote-" + sources.incrementAndGet();
        List<String> tags = issue.summary().contains("#vpn") ? List.of("vpn") : List.of();
        bed.app.activity().record(ActivityDraft.onIssue(source, Verb.UPVOTED, actor, issue, tags,
                bed.clock.tick()));
        return db.store().find(com.socialitsm.store.ActivityEntity.class, "SOURCE_KEY = ?", source)[0].getID();
    }
}
