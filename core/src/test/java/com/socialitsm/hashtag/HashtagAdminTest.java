package com.socialitsm.hashtag;

import static com.socialitsm.hashtag.HashtagFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Merge, rename, block, label import and the JQL lookup. */
@DatabaseTest
class HashtagAdminTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Optional<String> ADMIN = Optional.of("admin");

    private HashtagFixture world;
    private ProjectRef sd;

    @BeforeEach
    void setUp() {
        world = new HashtagFixture(db.store());
        sd = world.host.addProject("SD");
    }

    @Test
    void mergingMovesEveryIssueKeepsOneRowPerIssueWithTheStickierSourceAndRecounts() {
        IssueRef onlyOld = world.create(sd, "#vpnissue", "");
        IssueRef both = world.create(sd, "#vpn", "");
        world.comment(both, "#vpnissue");
        IssueRef other = world.create(sd, "#vpnproblem", "");
        world.app.follows().follow("carol", TargetType.HASHTAG, "vpnissue");
        world.app.follows().follow("carol", TargetType.HASHTAG, "vpn");
        world.app.follows().follow("dave", TargetType.HASHTAG, "vpnproblem");
        Instant taggedAt = world.clock.instant();
        world.clock.advance(Duration.ofDays(3));

        assertThat(world.hashtags.merge(ADMIN, List.of("vpnissue", "#VPN"), "vpn"))
                .isEqualTo(Outcome.refused(HashtagRefusals.sameTag("vpn")));
        MergeResult merged = done(world.hashtags.merge(ADMIN, List.of("VpnIssue", "vpnproblem"), "vpn"));

        assertThat(merged).isEqualTo(new MergeResult("vpn", List.of("vpnissue", "vpnproblem"), 2, 1, 1));
        assertThat(world.app.follows().followerCount(FollowTarget.hashtag("vpn"))).as("carol once, and dave").isEqualTo(2);
        assertThat(world.app.follows().followerCount(FollowTarget.hashtag("vpnissue"))).isZero();
        assertThat(world.sources(onlyOld)).containsExactly(entry("vpn", "text"));
        assertThat(world.sources(both)).as("the comment tag is stickier than the text tag")
                .containsExactly(entry("vpn", "comment"));
        assertThat(world.tags(other)).containsExactly("vpn");
        assertThat(world.issueCount("vpn")).isEqualTo(3);
        assertThat(world.issueCount("vpnissue")).isZero();
        assertThat(world.dayCounts()).containsOnly(entry(HashtagFixture.dayKey("vpn", sd, taggedAt), 3));
        assertThat(world.hashtag("vpnissue")).hasValueSatisfying(t -> assertThat(t.getMergedInto()).isEqualTo("vpn"));
        world.assertCountsMatchRows();
    }

    @Test
    void mergingIntoAMergedTagMergesIntoItsTargetAndEarlierMergesFollow() {
        world.create(sd, "#a1", "");
        world.create(sd, "#b1", "");
        world.create(sd, "#c1", "");
        done(world.hashtags.merge(ADMIN, List.of("a1"), "b1"));

        MergeResult result = done(world.hashtags.merge(ADMIN, List.of("b1"), "c1"));
        MergeResult intoMerged = done(world.hashtags.merge(ADMIN, List.of("d1"), "a1"));

        assertThat(result.issuesMoved()).isEqualTo(2);
        assertThat(world.hashtag("a1")).hasValueSatisfying(t -> assertThat(t.getMergedInto()).isEqualTo("c1"));
        assertThat(intoMerged.into()).isEqualTo("c1");
        IssueRef fresh = world.create(sd, "#d1 #a1", "");
        assertThat(world.tags(fresh)).containsExactly("c1");
        assertThat(world.issueCount("c1")).isEqualTo(4);
        world.assertCountsMatchRows();
    }

    @Test
    void renamingIsAMergeIntoTheNewNameWithItsSpelling() {
        IssueRef issue = world.create(sd, "#wlan", "");

        MergeResult result = done(world.hashtags.rename(ADMIN, "wlan", "WiFi"));

        assertThat(result).isEqualTo(new MergeResult("wifi", List.of("wlan"), 1, 0, 0));
        assertThat(done(world.hashtags.issueTags(ADMIN, issue.key())).hashtags())
                .containsExactly(new IssueHashtag("wifi", "WiFi", "text"));
        world.update(issue, "#wlan still written", "");
        assertThat(world.tags(issue)).containsExactly("wifi");
    }

    @Test
    void mergingIntoABlockedTagIsRefusedAndOnlyAdminsMayAdminister() {
        done(world.hashtags.block(ADMIN, "spam"));

        assertThat(world.hashtags.merge(ADMIN, List.of("x1"), "spam"))
                .isEqualTo(Outcome.refused(HashtagRefusals.targetBlocked("spam")));
        assertThat(world.hashtags.merge(ADMIN, List.of("two words"), "vpn"))
                .isEqualTo(Outcome.refused(HashtagRefusals.invalidTag(List.of("two words"))));
        assertThat(world.hashtags.merge(Optional.of("bob"), List.of("x1"), "vpn"))
                .isEqualTo(Outcome.refused(HashtagRefusals.notAdmin()));
        assertThat(world.hashtags.block(Optional.empty(), "x1")).isEqualTo(Outcome.refused(HashtagRefusals.notAdmin()));
        assertThat(world.hashtags.blockedTags(Optional.of("bob"))).isEqualTo(Outcome.refused(HashtagRefusals.notAdmin()));
    }

    @Test
    void blockingRemovesTheTagFromEveryIssueAndUnblockingLetsTextBringItBack() {
        IssueRef issue = world.create(sd, "#spam #vpn", "");
        IssueRef other = world.create(sd, "#spam", "");
        done(world.hashtags.addTags("bob", other.key(), List.of("spam2")));

        BlockResult blocked = done(world.hashtags.block(ADMIN, "#SPAM"));

        assertThat(blocked).isEqualTo(new BlockResult("spam", true, 2));
        assertThat(world.tags(issue)).containsExactly("vpn");
        assertThat(world.tags(other)).containsExactly("spam2");
        assertThat(world.issueCount("spam")).isZero();
        assertThat(done(world.hashtags.blockedTags(ADMIN))).containsExactly("spam");
        world.assertCountsMatchRows();

        assertThat(done(world.hashtags.unblock(ADMIN, "spam"))).isEqualTo(new BlockResult("spam", false, 0));
        assertThat(world.tags(issue)).containsExactly("vpn");
        world.update(issue, "#spam #vpn", "edited");
        assertThat(world.tags(issue)).containsExactly("vpn", "spam");
        assertThat(done(world.hashtags.blockedTags(ADMIN))).isEmpty();
        world.assertCountsMatchRows();
    }

    @Test
    void importingLabelsAddsManualTagsSkipsAndCountsWhatIsNoTagAndIsIdempotent() {
        IssueRef issue = world.create(sd, "#vpn", "");
        done(world.hashtags.block(ADMIN, "wontfix"));
        done(world.hashtags.merge(ADMIN, List.of("vpnissue"), "vpn"));
        Instant created = world.clock.instant().minus(Duration.ofDays(400));
        List<String> labels = List.of("VPN", "Network", "network", "two words", "1234", "wontfix", "VpnIssue",
                "x".repeat(65));

        LabelImport first = world.hashtags.importLabels(issue.id(), sd.id(), labels, created);
        LabelImport again = world.hashtags.importLabels(issue.id(), sd.id(), labels, created);

        assertThat(first).isEqualTo(new LabelImport(1, 2, 3, 1));
        assertThat(again).isEqualTo(new LabelImport(0, 3, 3, 1));
        assertThat(world.sources(issue)).containsExactly(entry("vpn", "manual"), entry("network", "manual"));
        assertThat(world.dayCounts()).containsKey(HashtagFixture.dayKey("network", sd, created));
        world.assertCountsMatchRows();
    }

    @Test
    void issuesTaggedAreFoundNewestFirstWithMergedTagsResolved() {
        IssueRef a = world.create(sd, "#vpn", "");
        IssueRef b = world.create(sd, "#outage #vpn", "");
        IssueRef c = world.create(sd, "#vpnissue", "");
        world.create(sd, "#printer", "");
        done(world.hashtags.merge(ADMIN, List.of("vpnissue"), "vpn"));

        assertThat(world.hashtags.issueIdsTagged(List.of("VPNIssue"), 10)).containsExactly(c.id(), b.id(), a.id());
        assertThat(world.hashtags.issueIdsTagged(List.of("#vpn", "outage", "not a tag"), 2))
                .containsExactly(c.id(), b.id());
        assertThat(world.hashtags.issueIdsTagged(List.of("nothing"), 10)).isEmpty();
        assertThat(world.hashtags.tagsOfIssue(b.id())).containsExactly(new IssueHashtag("outage", "outage", "text"),
                new IssueHashtag("vpn", "vpn", "text"));
        assertThat(world.hashtags.issueIdsTagged(List.of("not a tag"), 10)).isEmpty();
    }
}
