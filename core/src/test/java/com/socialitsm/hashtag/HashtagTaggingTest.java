package com.socialitsm.hashtag;

import static com.socialitsm.hashtag.HashtagFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.engine.ChangeOutcome;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.tag.TagDiff;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Tags following issue changes through the engine, and tags added and removed by hand. */
@DatabaseTest
class HashtagTaggingTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private HashtagFixture world;
    private ProjectRef sd;

    @BeforeEach
    void setUp() {
        world = new HashtagFixture(db.store());
        sd = world.host.addProject("SD");
    }

    @Test
    void creatingAnIssueTagsItWithTheTagsOfSummaryAndDescriptionInOrder() {
        IssueRef issue = world.create(sd, "VPN down #VPN", "Since 9:00, see #Outage and #vpn again");

        assertThat(world.sources(issue)).containsExactly(entry("vpn", "text"), entry("outage", "text"));
        IssueHashtags shown = done(world.hashtags.issueTags(Optional.of("alice"), issue.key()));
        assertThat(shown.hashtags()).containsExactly(
                new IssueHashtag("vpn", "VPN", "text"), new IssueHashtag("outage", "Outage", "text"));
        assertThat(world.hashtag("vpn")).hasValueSatisfying(tag -> assertThat(tag.getDisplay()).isEqualTo("VPN"));
        world.assertCountsMatchRows();
    }

    @Test
    void editingTheTextAddsNewTagsAndRemovesTheOnesNoLongerWritten() {
        IssueRef issue = world.create(sd, "#vpn #outage", "");

        world.update(issue, "#vpn", "now also #printer");

        assertThat(world.tags(issue)).containsExactly("vpn", "printer");
        assertThat(world.issueCount("outage")).isZero();
        assertThat(world.issueCount("printer")).isEqualTo(1);
        world.assertCountsMatchRows();
    }

    @Test
    void theHashtagStepReturnsTheTagsAfterTheChangeAndWhatWasAddedAndRemoved() {
        IssueRef issue = world.create(sd, "#vpn #outage", "");
        IssueRef edited = world.host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(),
                issue.projectKey(), "#vpn #printer", "", "Open", false, Optional.empty(), Optional.empty()));

        TagDiff tags = db.store().executeInTransaction(() -> new HashtagHandler(world.hashtags).onIssueChange(
                IssueChange.of("edit", edited, "alice", IssueChange.Kind.UPDATED, world.clock.instant())));

        assertThat(tags.after()).containsExactly("vpn", "printer");
        assertThat(tags.added()).containsExactly("printer");
        assertThat(tags.removed()).containsExactly("outage");
    }

    @Test
    void tagsFromCommentsStayWhenTheTextChangesAndShowAsText() {
        IssueRef issue = world.create(sd, "Printer jam #printer", "");
        world.comment(issue, "Same on floor 3 #printer #floor3");

        world.update(issue, "Printer jam", "fixed");

        assertThat(world.sources(issue)).containsExactly(entry("printer", "comment"), entry("floor3", "comment"));
        assertThat(done(world.hashtags.issueTags(Optional.of("bob"), issue.key())).hashtags())
                .extracting(IssueHashtag::source).containsOnly("text");
        world.assertCountsMatchRows();
    }

    @Test
    void aCommentWithoutTagsKeepsTheTextTags() {
        IssueRef issue = world.create(sd, "#vpn", "");

        world.comment(issue, "any news?");

        assertThat(world.sources(issue)).containsExactly(entry("vpn", "text"));
    }

    @Test
    void tagsAddedByHandSurviveTextEditsAndATagInBothStaysManual() {
        IssueRef issue = world.create(sd, "#vpn", "");

        IssueHashtags added = done(world.hashtags.addTags("bob", issue.key(), List.of("#VPN", "Network")));
        world.update(issue, "no tags any more", "");

        assertThat(added.hashtags()).containsExactly(
                new IssueHashtag("vpn", "vpn", "manual"), new IssueHashtag("network", "Network", "manual"));
        assertThat(world.sources(issue)).containsExactly(entry("vpn", "manual"), entry("network", "manual"));
        world.assertCountsMatchRows();
    }

    @Test
    void addingTagsByHandRecordsAHashtagsAddedActivityForTheirFollowers() {
        IssueRef issue = world.create(sd, "#vpn", "");
        world.app.follows().follow("carol", TargetType.HASHTAG, "network");

        done(world.hashtags.addTags("bob", issue.key(), List.of("vpn", "Network")));
        done(world.hashtags.addTags("bob", issue.key(), List.of("#network")));

        ActivityEntity[] tagged = db.store().find(ActivityEntity.class, "VERB = ?", "tagged");
        assertThat(tagged).as("one activity: the second add added nothing").singleElement().satisfies(activity -> {
            assertThat(activity.getActor()).isEqualTo("bob");
            assertThat(activity.getIssueId()).isEqualTo(issue.id());
            assertThat(activity.getDetail()).isEqualTo("network");
            assertThat(activity.getHashtags()).isEqualTo("vpn network");
        });
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ? AND ACTIVITY_ID = ?", "carol",
                tagged[0].getID())).isEqualTo(1);
    }

    @Test
    void addingTagsByHandRefusesInvalidTagsAndBlockedTagsWholly() {
        IssueRef issue = world.create(sd, "", "");
        done(world.hashtags.block(Optional.of("admin"), "spam"));

        assertThat(world.hashtags.addTags("bob", issue.key(), List.of("ok", "two words", "123")))
                .isEqualTo(Outcome.refused(HashtagRefusals.invalidTag(List.of("two words", "123"))));
        assertThat(world.hashtags.addTags("bob", issue.key(), List.of("ok", "#Spam")))
                .isEqualTo(Outcome.refused(HashtagRefusals.blockedTag(List.of("spam"))));
        assertThat(world.tags(issue)).isEmpty();
    }

    @Test
    void tagsOfAnIssueTheUserCannotBrowseAreNotFound() {
        ProjectRef sec = world.host.addProject("SEC");
        world.host.restrictProject(sec, "alice");
        IssueRef secret = world.create(sec, "#breach", "");

        assertThat(world.hashtags.issueTags(Optional.of("bob"), secret.key()))
                .isEqualTo(Outcome.refused(HashtagRefusals.issueNotFound()));
        assertThat(world.hashtags.issueTags(Optional.empty(), secret.key()))
                .isEqualTo(Outcome.refused(HashtagRefusals.issueNotFound()));
        assertThat(world.hashtags.addTags("bob", secret.key(), List.of("x")))
                .isEqualTo(Outcome.refused(HashtagRefusals.issueNotFound()));
        assertThat(world.hashtags.removeTag("bob", secret.key(), "breach"))
                .isEqualTo(Outcome.refused(HashtagRefusals.issueNotFound()));
        assertThat(world.hashtags.issueTags(Optional.of("alice"), "NOPE-1"))
                .isEqualTo(Outcome.refused(HashtagRefusals.issueNotFound()));
        assertThat(world.tags(secret)).containsExactly("breach");
    }

    @Test
    void removingByHandDeletesManualAndCommentTagsButNotTagsWrittenInTheText() {
        IssueRef issue = world.create(sd, "#vpn", "");
        world.comment(issue, "#printer");
        done(world.hashtags.addTags("bob", issue.key(), List.of("network")));

        assertThat(world.hashtags.removeTag("bob", issue.key(), "#VPN"))
                .isEqualTo(Outcome.refused(HashtagRefusals.writtenInText("vpn")));
        done(world.hashtags.removeTag("bob", issue.key(), "printer"));
        IssueHashtags after = done(world.hashtags.removeTag("bob", issue.key(), "network"));
        done(world.hashtags.removeTag("bob", issue.key(), "nevertagged"));

        assertThat(after.hashtags()).extracting(IssueHashtag::tag).containsExactly("vpn");
        assertThat(world.tags(issue)).containsExactly("vpn");
        world.comment(issue, "no tags");
        assertThat(world.tags(issue)).containsExactly("vpn");
        world.assertCountsMatchRows();
    }

    @Test
    void blockedTagsAreNeverStoredFromText() {
        done(world.hashtags.block(Optional.of("admin"), "spam"));

        IssueRef issue = world.create(sd, "#spam #vpn", "");
        world.comment(issue, "#SPAM again");

        assertThat(world.tags(issue)).containsExactly("vpn");
        assertThat(world.issueCount("spam")).isZero();
    }

    @Test
    void mergedTagsAreStoredUnderTheirTargetAndStayThroughEdits() {
        IssueRef first = world.create(sd, "#vpn", "");
        done(world.hashtags.merge(Optional.of("admin"), List.of("vpnissue"), "vpn"));

        IssueRef issue = world.create(sd, "#VpnIssue", "");
        world.update(issue, "#VpnIssue still", "");

        assertThat(world.sources(issue)).containsExactly(entry("vpn", "text"));
        assertThat(done(world.hashtags.issueTags(Optional.of("bob"), issue.key())).hashtags())
                .containsExactly(new IssueHashtag("vpn", "vpn", "text"));
        assertThat(world.tags(first)).containsExactly("vpn");
        assertThat(world.issueCount("vpn")).isEqualTo(2);
        assertThat(world.hashtags.removeTag("bob", issue.key(), "vpn"))
                .isEqualTo(Outcome.refused(HashtagRefusals.writtenInText("vpn")));
        world.assertCountsMatchRows();
    }

    @Test
    void deletingAnIssueRemovesAllItsTagsAndRecounts() {
        IssueRef kept = world.create(sd, "#vpn", "");
        IssueRef deleted = world.create(sd, "#vpn #outage", "");
        done(world.hashtags.addTags("bob", deleted.key(), List.of("network")));

        world.delete(deleted);

        assertThat(world.tags(deleted)).isEmpty();
        assertThat(world.tags(kept)).containsExactly("vpn");
        assertThat(world.issueCount("vpn")).isEqualTo(1);
        assertThat(world.issueCount("outage")).isZero();
        assertThat(world.issueCount("network")).isZero();
        world.assertCountsMatchRows();
    }

    @Test
    void countsPerTagProjectAndDayAreExactAndARemovalLeavesTheDayTheTagCameOn() {
        ProjectRef ops = world.host.addProject("OPS");
        Instant monday = world.clock.instant();
        IssueRef a = world.create(sd, "#vpn", "");
        IssueRef b = world.create(ops, "#vpn", "");
        world.clock.advance(Duration.ofDays(1));
        Instant tuesday = world.clock.instant();
        IssueRef c = world.create(sd, "#vpn #outage", "");

        assertThat(world.dayCounts()).containsOnly(
                entry(HashtagFixture.dayKey("vpn", sd, monday), 1),
                entry(HashtagFixture.dayKey("vpn", ops, monday), 1),
                entry(HashtagFixture.dayKey("vpn", sd, tuesday), 1),
                entry(HashtagFixture.dayKey("outage", sd, tuesday), 1));
        assertThat(world.issueCount("vpn")).isEqualTo(3);

        world.update(a, "no more", "");

        assertThat(world.dayCounts()).doesNotContainKey(HashtagFixture.dayKey("vpn", sd, monday))
                .containsEntry(HashtagFixture.dayKey("vpn", sd, tuesday), 1);
        assertThat(world.issueCount("vpn")).isEqualTo(2);
        assertThat(List.of(b, c)).allSatisfy(i -> assertThat(world.tags(i)).contains("vpn"));
        world.assertCountsMatchRows();
    }

    @Test
    void anIssueMovedToAnotherProjectTakesItsTagsCountsAlong() {
        ProjectRef ops = world.host.addProject("OPS");
        IssueRef issue = world.create(sd, "#vpn", "");
        IssueRef moved = world.host.update(new IssueRef(issue.id(), "OPS-9", ops.id(), ops.key(), issue.summary(),
                issue.description(), "Open", false, Optional.empty(), Optional.empty()));

        world.handle(IssueChange.of("move", moved, "alice", IssueChange.Kind.UPDATED, world.clock.instant()));

        assertThat(world.dayCounts()).containsOnly(entry(HashtagFixture.dayKey("vpn", ops, world.clock.instant()), 1));
        world.assertCountsMatchRows();
    }

    @Test
    void theSameChangeDeliveredTwiceIsAppliedOnce() {
        IssueRef issue = world.create(sd, "#vpn", "");
        IssueRef edited = world.host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(),
                issue.projectKey(), "#outage", "", "Open", false, Optional.empty(), Optional.empty()));
        IssueChange change = IssueChange.of("edit-1", edited, "alice", IssueChange.Kind.UPDATED, world.clock.instant());

        assertThat(world.handle(change)).isEqualTo(ChangeOutcome.APPLIED);
        int statements = db.sql().countDuring(() ->
                assertThat(world.handle(change)).isEqualTo(ChangeOutcome.ALREADY_PROCESSED));

        assertThat(world.tags(issue)).containsExactly("outage");
        assertThat(statements).as("a repeated change only tries its claim (PostgreSQL: + a sequence read)")
                .isLessThanOrEqualTo(3);
        world.assertCountsMatchRows();
    }

    @Test
    void aChangeCostsTheSameStatementsWhateverTheIssuesHistory() {
        IssueRef small = world.create(sd, "#vpn", "");
        world.comment(small, "#a1 #a2");
        IssueRef large = world.create(sd, "#vpn", "");
        // 90 comment tags: a large history that leaves places under the cap of tags from text for the edits below.
        for (int i = 0; i < 9; i++) {
            StringBuilder comment = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                comment.append(" #t").append(i).append('x').append(j);
            }
            world.comment(large, comment.toString());
        }
        assertThat(world.tags(large)).hasSize(91);

        int untouchedSmall = world.hashtagStepStatements(db.sql(), small, "#vpn edited", "");
        int untouchedLarge = world.hashtagStepStatements(db.sql(), large, "#vpn edited", "");
        int oneTagSmall = world.hashtagStepStatements(db.sql(), small, "#vpn #new1", "");
        int oneTagLarge = world.hashtagStepStatements(db.sql(), large, "#vpn #new2", "");
        int againSmall = world.hashtagStepStatements(db.sql(), small, "#vpn #new2", "");
        int againLarge = world.hashtagStepStatements(db.sql(), large, "#vpn #new1", "");

        assertThat(untouchedLarge).as("no tag changed: one read of the issue's tags").isEqualTo(untouchedSmall)
                .isEqualTo(1);
        assertThat(oneTagLarge).as("a first use of one tag").isEqualTo(oneTagSmall);
        assertThat(againLarge).as("one tag swapped for another, both known").isEqualTo(againSmall);
        world.assertCountsMatchRows();
    }

    @Test
    void taggingAnIssueReadsNoCountAndItsRollupReadsOnlyTheDaysItTouchesNotTheTagsWholeHistory() {
        ProjectRef ops = world.host.addProject("OPS");
        for (int day = 0; day < 40; day++) {
            world.create(day % 2 == 0 ? sd : ops, "#vpn down again", "");
            world.clock.advance(Duration.ofDays(1));
        }
        world.rollUp();
        IssueRef issue = world.create(sd, "", "");
        db.sql().reset();

        world.hashtagStepStatements(db.sql(), issue, "#vpn", "");
        List<String> changeCountReads = countReads(db.sql().statements());
        db.sql().reset();
        world.rollUp();
        List<String> rollupDayReads = countReads(db.sql().statements()).stream()
                .filter(sql -> sql.contains("HASHTAG_DAY")).toList();

        assertThat(changeCountReads).as("the change appends a count change, it reads no count").isEmpty();
        // A popular tag has a day row per project and day of its history: the rollup may read only the touched days'
        // rows (by key), or its cost grows with the tag's age (48,000 rows for #vpn on the bench's 1 M-issue data set).
        assertThat(rollupDayReads).isNotEmpty().allSatisfy(sql -> assertThat(sql).contains("DAY_KEY IN")
                .doesNotContain("WHERE TAG"));
        world.assertCountsMatchRows();
        assertThat(done(world.hashtags.tagPage(Optional.of("alice"), "vpn", 5, Optional.empty())).count())
                .isEqualTo(41);
    }

    private static List<String> countReads(List<String> statements) {
        return statements.stream().map(sql -> sql.replace("\"", "").replace("`", ""))
                .filter(sql -> sql.startsWith("SELECT")
                        && (sql.contains("HASHTAG_DAY") || sql.contains("HASHTAG_PROJECT"))).toList();
    }

    @Test
    void addingAKnownTagReadsItsHashtagRowOnceAndLocksNothing() {
        world.create(sd, "#vpn", "");
        IssueRef issue = world.create(sd, "", "");
        db.sql().reset();

        int statements = world.hashtagStepStatements(db.sql(), issue, "#vpn", "");

        List<String> sent = db.sql().statements().stream().map(sql -> sql.replace("\"", "").replace("`", ""))
                .toList();
        assertThat(sent.stream().filter(sql -> sql.startsWith("SELECT")
                && sql.matches("(?s).*AO_[0-9A-F]{6}_HASHTAG\\b.*"))).hasSize(1);
        assertThat(sent).noneMatch(sql -> sql.startsWith("UPDATE"));
        // The issue's tags; the tag's row (resolve); the new ISSUE_HASHTAG row; the count change.
        assertThat(statements).isEqualTo(4);
        world.assertCountsMatchRows();
    }

    @Test
    void aChangeCostsTheSameStatementsWhateverItsNumberOfChangedTags() {
        IssueRef one = world.create(sd, "", "");
        IssueRef six = world.create(sd, "", "");
        world.create(sd, "#k1 #k2 #k3 #k4 #k5 #k6", "");

        int addOneKnown = world.hashtagStepStatements(db.sql(), one, "#k1", "");
        int addSixKnown = world.hashtagStepStatements(db.sql(), six, "#k1 #k2 #k3 #k4 #k5 #k6", "");
        int swapOneForNew = world.hashtagStepStatements(db.sql(), one, "#n1", "");
        int swapSixForNew = world.hashtagStepStatements(db.sql(), six, "#n2 #n3 #n4 #n5 #n6 #n7", "");
        int removeOne = world.hashtagStepStatements(db.sql(), one, "", "");
        int removeSix = world.hashtagStepStatements(db.sql(), six, "", "");

        assertThat(addSixKnown).as("six known tags added, as one").isEqualTo(addOneKnown);
        assertThat(swapSixForNew).as("six tags swapped for six first uses, as one").isEqualTo(swapOneForNew);
        assertThat(removeSix).as("six tags removed, as one").isEqualTo(removeOne);
        world.assertCountsMatchRows();
    }
}
