package com.socialitsm.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowStatus;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * A muted hashtag, person or project stays followed while its items leave the feed and the notifications: by
 * fan-out, by fan-in, and what was delivered before the mute; unmuting brings them back.
 */
@DatabaseTest
class MutedFollowsTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Optional<String> ALICE = Optional.of("alice");

    private SocialTestBed bed;
    private FeedService feeds;
    private FollowService follows;
    private NotificationService notifications;

    @BeforeEach
    void setUp() {
        bed = new SocialTestBed(db.store());
        feeds = bed.app.feed();
        follows = bed.app.follows();
        notifications = bed.app.notifications();
    }

    @Test
    void aMutedHashtagKeepsItsFollowAndHidesItsItemsFromFeedAndNotificationsUntilUnmuted() {
        follows.follow("alice", TargetType.HASHTAG, "vpn");
        IssueRef vpn = bed.create("VPN down #vpn", "bob");
        IssueRef printer = bed.create("Printer jam", "bob");
        follows.follow("alice", TargetType.ISSUE, printer.key());
        bed.comment(printer, "carol", "Paper tray empty");
        assertThat(feeds.feed(ALICE, FeedQuery.first(20)).items()).extracting(FeedItem::issueKey)
                .containsExactly(Optional.of(printer.key()), Optional.of(vpn.key()));
        assertThat(notifications.unread("alice").count()).isEqualTo(2);

        FollowStatus muted = follows.mute("alice", TargetType.HASHTAG, "vpn").value();

        assertThat(muted.following()).as("the follow stays").isTrue();
        assertThat(muted.muted()).isTrue();
        assertThat(follows.follows("alice")).filteredOn(f -> f.type() == TargetType.HASHTAG)
                .singleElement().satisfies(f -> assertThat(f.muted()).isTrue());
        // What was delivered before the mute is hidden, and what comes after is not delivered.
        bed.comment(vpn, "carol", "Still down #vpn");
        assertThat(feeds.feed(ALICE, FeedQuery.first(20)).items()).extracting(FeedItem::issueKey)
                .containsExactly(Optional.of(printer.key()));
        assertThat(notifications.unread("alice").count()).isEqualTo(1);
        assertThat(notifications.notifications("alice", 20).items()).extracting(item -> item.item().issueKey())
                .containsExactly(Optional.of(printer.key()));
        // The tag's own page still shows everything.
        assertThat(feeds.stream(ALICE, FollowTarget.hashtag("vpn"), FeedQuery.first(20)).items()).hasSize(2);

        FollowStatus unmuted = follows.unmute("alice", TargetType.HASHTAG, "vpn").value();

        assertThat(unmuted.following()).isTrue();
        assertThat(unmuted.muted()).isFalse();
        assertThat(feeds.feed(ALICE, FeedQuery.first(20)).items()).extracting(FeedItem::issueKey)
                .contains(Optional.of(vpn.key()));
    }

    @Test
    void aMutedPersonOrProjectHidesWhatItBringsEvenThroughAnotherFollow() {
        follows.follow("alice", TargetType.USER, "bob");
        IssueRef issue = bed.create("Laptop broken", "carol");
        follows.follow("alice", TargetType.ISSUE, issue.key());
        bed.comment(issue, "bob", "Ordering a new one");
        bed.comment(issue, "dave", "Thanks");
        assertThat(feeds.feed(ALICE, FeedQuery.first(20)).items()).extracting(FeedItem::verb)
                .containsExactly(Verb.COMMENTED);

        follows.mute("alice", TargetType.USER, "bob");

        // bob's comment is gone although alice follows the issue too; dave's stays.
        List<FeedItem> items = feeds.feed(ALICE, FeedQuery.first(20)).items();
        assertThat(items).hasSize(1);
        assertThat(items.get(0).actor().key()).isEqualTo("dave");

        follows.follow("alice", TargetType.PROJECT, "SD");
        follows.mute("alice", TargetType.PROJECT, "SD");
        assertThat(feeds.feed(ALICE, FeedQuery.first(20)).items()).isEmpty();
        assertThat(notifications.unread("alice").count()).isZero();
    }

    @Test
    void aMutedHeavyTargetBringsNothingByFanInAndSilencesItsFanOutPathsToo() {
        follows.setFanInThreshold(2);
        for (String user : List.of("alice", "carol", "dave")) {
            follows.follow(user, TargetType.HASHTAG, "vpn");
        }
        assertThat(follows.isFanIn(FollowTarget.hashtag("vpn"))).isTrue();
        IssueRef issue = bed.create("VPN down #vpn", "bob");
        follows.follow("alice", TargetType.ISSUE, issue.key());
        assertThat(feeds.feed(ALICE, FeedQuery.first(20)).items()).hasSize(1);

        follows.mute("alice", TargetType.HASHTAG, "vpn");
        bed.comment(issue, "carol", "Rebooting #vpn");

        assertThat(feeds.feed(ALICE, FeedQuery.first(20)).items()).isEmpty();
        assertThat(notifications.unread("alice").count()).isZero();
        assertThat(feeds.feed(Optional.of("dave"), FeedQuery.first(20)).items()).hasSize(2);
    }

    @Test
    void onlyAFollowCanBeMutedAndUnfollowingRemovesTheMute() {
        Outcome<FollowStatus> notFollowing = follows.mute("alice", TargetType.HASHTAG, "vpn");
        assertThat(notFollowing).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal().problem()).isEqualTo(Problem.CONFLICT));
        assertThat(follows.follows("alice")).isEmpty();

        follows.follow("alice", TargetType.HASHTAG, "vpn");
        follows.mute("alice", TargetType.HASHTAG, "vpn");
        FollowStatus gone = follows.unfollow("alice", TargetType.HASHTAG, "vpn").value();
        assertThat(gone.following()).isFalse();
        assertThat(gone.muted()).isFalse();
        assertThat(follows.follows("alice")).isEmpty();
    }

    @Test
    void aMentionIsSilencedOnlyByItsIssuesMute() {
        follows.follow("alice", TargetType.USER, "bob");
        follows.mute("alice", TargetType.USER, "bob");
        IssueRef issue = bed.create("Printer jam", "carol");
        bed.comment(issue, "bob", "@alice can you look?");
        assertThat(feeds.feed(ALICE, FeedQuery.first(20)).items()).extracting(FeedItem::verb)
                .containsExactly(Verb.MENTIONED);
    }
}
