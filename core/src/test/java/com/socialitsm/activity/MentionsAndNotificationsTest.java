package com.socialitsm.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.ActivityTargetEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Mentions in comments reach the people named (once, only where they may look); notifications count and mark read. */
@DatabaseTest
class MentionsAndNotificationsTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private SocialTestBed bed;
    private NotificationService notifications;

    @BeforeEach
    void setUp() {
        bed = new SocialTestBed(db.store());
        notifications = bed.app.notifications();
    }

    @Test
    void aMentionReachesSomeoneWhoFollowsNothingOnceAndOnlyThem() {
        IssueRef issue = bed.create("Printer jam", "carol");
        assertThat(bed.app.follows().followedBy("alice")).isEmpty();

        bed.comment(issue, "bob", "@alice can you look? [~alice] too; mail bob@example.com, ask @nobody, not @bob");

        Notifications alice = notifications.notifications("alice", 20);
        assertThat(alice.unread()).isEqualTo(1);
        assertThat(alice.items()).hasSize(1);
        FeedItem item = alice.items().get(0).item();
        assertThat(alice.items().get(0).unread()).isTrue();
        assertThat(item.verb()).isEqualTo(Verb.MENTIONED);
        assertThat(item.actor().key()).isEqualTo("bob");
        assertThat(item.subject()).map(Person::key).contains("alice");
        assertThat(item.issueKey()).contains(issue.key());
        assertThat(item.text()).startsWith("@alice can you look?");
        assertThat(item.reason()).isEmpty();
        // Nobody else hears of the mention: not bob, not the issue's followers (carol follows as its reporter).
        assertThat(notifications.unread("bob").count()).isZero();
        assertThat(bed.app.feed().feed(Optional.of("carol"), FeedQuery.first(20)).items())
                .noneMatch(i -> i.verb() == Verb.MENTIONED);
        assertThat(db.store().count(ActivityTargetEntity.class, "ACTIVITY_ID = ?", item.id())).isZero();
    }

    @Test
    void anEditedCommentDoesNotMentionTwiceButMentionsWhoItAdds() {
        IssueRef issue = bed.create("Printer jam", "carol");
        bed.handle(IssueChange.of("jira:comment:7", issue, "bob", IssueChange.Kind.COMMENTED, bed.clock.tick())
                .withComment("@alice look"));
        bed.handle(IssueChange.of("jira:comment:7:edited:99", issue, "bob", IssueChange.Kind.COMMENTED,
                bed.clock.tick()).withComment("@alice look again, and @dave"));

        assertThat(mentionsOf("alice")).isEqualTo(1);
        assertThat(mentionsOf("dave")).isEqualTo(1);
    }

    @Test
    void noMentionWhereTheUserMayNotBrowseOrMutedTheIssue() {
        IssueRef secret = bed.create("Secret", "bob");
        bed.host.restrictIssue(secret, "bob", "carol");
        bed.comment(secret, "bob", "@alice see this");
        assertThat(mentionsOf("alice")).isZero();
        assertThat(notifications.unread("alice").count()).isZero();

        IssueRef noisy = bed.create("Noisy", "bob");
        bed.app.follows().mute("dave", noisy.key());
        bed.comment(noisy, "bob", "@dave see this");
        assertThat(mentionsOf("dave")).isZero();
    }

    @Test
    void markReadUpToAnItemAndTheCountIsCheapAndPermissionFiltered() {
        IssueRef issue = bed.create("Printer jam", "carol");
        bed.app.follows().follow("alice", TargetType.ISSUE, issue.key());
        bed.comment(issue, "bob", "first");
        bed.comment(issue, "dave", "second");
        bed.comment(issue, "bob", "third @alice");
        Notifications before = notifications.notifications("alice", 20);
        assertThat(before.unread()).isEqualTo(4);

        // The setting row, one range scan and the user's mutes among its targets; the permission check is the host's.
        assertThat(db.sql().countDuring(() -> notifications.unread("alice"))).isEqualTo(3);

        // Comments in a burst fold into one item; the count counts activities.
        assertThat(before.items()).hasSize(2);
        long secondId = db.store().find(ActivityEntity.class, net.java.ao.Query.select("ID")
                .where("DETAIL = ?", "second"))[0].getID();
        assertThat(notifications.markRead("alice", secondId).count()).isEqualTo(2);
        // Marking an older id read does not move "last read" back.
        assertThat(notifications.markRead("alice", 1).count()).isEqualTo(2);
        Notifications after = notifications.notifications("alice", 20);
        assertThat(after.items()).filteredOn(Notifications.Item::unread).hasSize(2);
        assertThat(after.lastRead()).isEqualTo(secondId);

        // An id above the newest activity reads only what exists.
        notifications.markRead("alice", Long.MAX_VALUE);
        assertThat(notifications.unread("alice").count()).isZero();
        bed.comment(issue, "bob", "fourth");
        assertThat(notifications.unread("alice").count()).isEqualTo(1);

        // An issue alice may no longer browse is not counted.
        bed.host.restrictIssue(issue, "bob");
        assertThat(notifications.unread("alice").count()).isZero();
        assertThat(notifications.notifications("alice", 20).items()).isEmpty();
        assertThatThrownBy(() -> notifications.markRead("alice", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCountStopsAtItsMaximum() {
        IssueRef issue = bed.create("Busy", "carol");
        bed.app.follows().follow("alice", TargetType.ISSUE, issue.key());
        for (int i = 0; i < NotificationService.MAX_COUNTED + 3; i++) {
            bed.comment(issue, "bob", "c" + i);
        }
        NotificationService.Unread unread = notifications.unread("alice");
        assertThat(unread.count()).isEqualTo(NotificationService.MAX_COUNTED);
        assertThat(unread.more()).isTrue();
    }

    @Test
    void longSourceKeysAreDigested() {
        String key = MentionService.sourceKey("x".repeat(180), "u".repeat(100));
        assertThat(key.length()).isLessThanOrEqualTo(ActivityDraft.MAX_SOURCE_KEY_LENGTH);
        assertThat(NotificationService.settingKey("u".repeat(250)).length()).isLessThanOrEqualTo(190);
        assertThat(List.of(MentionService.sourceKey("c1", "alice"))).containsExactly("mention:c1|alice");
    }

    private int mentionsOf(String user) {
        return db.store().count(ActivityEntity.class, "VERB = ? AND SUBJECT_USER = ?", Verb.MENTIONED.code(), user);
    }
}
