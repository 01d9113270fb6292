package com.socialitsm.hashtag;

import static com.socialitsm.hashtag.HashtagFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.HashtagPrefixEntity;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Suggestions, tag pages and trending, each only over what the viewer may browse. */
@DatabaseTest
class HashtagReadsTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Optional<String> BOB = Optional.of("bob");
    private static final Optional<String> ALICE = Optional.of("alice");

    private HashtagFixture world;
    private ProjectRef sd;
    private ProjectRef sec;

    @BeforeEach
    void setUp() {
        world = new HashtagFixture(db.store());
        sd = world.host.addProject("SD");
        sec = world.host.addProject("SEC");
        world.host.restrictProject(sec, "alice");
    }

    // ------------------------------------------------------------------------------------------------ suggest

    @Test
    void suggestionsStartWithThePrefixInAnyCaseMostUsedFirst() {
        tagIssues(sd, "#vpn", 3);
        tagIssues(sd, "#vpnclient", 5);
        tagIssues(sd, "#VPNgateway", 1);
        tagIssues(sd, "#outage", 9);

        List<TagSuggestion> suggestions = world.hashtags.suggest(BOB, "#VPn", 10);

        assertThat(suggestions).containsExactly(new TagSuggestion("vpnclient", "vpnclient", 5),
                new TagSuggestion("vpn", "vpn", 3), new TagSuggestion("vpngateway", "VPNgateway", 1));
        assertThat(world.hashtags.suggest(BOB, "vpn", 2)).extracting(TagSuggestion::tag)
                .containsExactly("vpnclient", "vpn");
        assertThat(world.hashtags.suggest(BOB, "", 1)).extracting(TagSuggestion::tag).containsExactly("outage");
    }

    @Test
    void likeWildcardsInThePrefixMatchOnlyThemselves() {
        tagIssues(sd, "#a_b", 1);
        tagIssues(sd, "#axb", 2);
        tagIssues(sd, "#_internal", 1);
        tagIssues(sd, "#xinternal", 1);

        assertThat(world.hashtags.suggest(BOB, "a_", 10)).extracting(TagSuggestion::tag).containsExactly("a_b");
        assertThat(world.hashtags.suggest(BOB, "_", 10)).extracting(TagSuggestion::tag).containsExactly("_internal");
        assertThat(world.hashtags.suggest(BOB, "a%", 10)).isEmpty();
        assertThat(world.hashtags.suggest(BOB, "a!", 10)).isEmpty();
    }

    @Test
    void aPrefixThatIsNoTagYetStillSuggests() {
        tagIssues(sd, "#24x7", 1);

        assertThat(world.hashtags.suggest(BOB, "24", 10)).extracting(TagSuggestion::tag).containsExactly("24x7");
        assertThat(world.hashtags.suggest(BOB, "two words", 10)).isEmpty();
    }

    @Test
    void aTagUsedOnlyOnHiddenIssuesIsNeverSuggestedAndCountsLeaveHiddenIssuesOut() {
        tagSomeIssuesBobCannotSee();

        assertThat(world.hashtags.suggest(BOB, "", 10)).containsExactly(new TagSuggestion("vpn", "vpn", 2));
        assertThat(world.hashtags.suggest(Optional.empty(), "", 10)).as("anonymous: what the host lets everyone see")
                .containsExactly(new TagSuggestion("vpn", "vpn", 2));
        assertThat(world.hashtags.suggest(ALICE, "", 10)).extracting(TagSuggestion::tag, TagSuggestion::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vpn", 9),
                        org.assertj.core.groups.Tuple.tuple("breach", 4),
                        org.assertj.core.groups.Tuple.tuple("vpnsecret", 1));
    }

    @Test
    void rolledUpCountsAreTotalsLessTheProjectsTheViewerCannotFullyBrowse() {
        tagSomeIssuesBobCannotSee();
        world.rollUp();
        tagIssues(sec, "#vpn", 1);
        tagIssues(sd, "#vpn", 1);

        // alice may browse every counted project: the totals plus the tail
        assertThat(world.hashtags.suggest(ALICE, "", 10)).extracting(TagSuggestion::tag, TagSuggestion::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vpn", 11),
                        org.assertj.core.groups.Tuple.tuple("breach", 4),
                        org.assertj.core.groups.Tuple.tuple("vpnsecret", 1));
        // bob may fully browse one of the three counted projects (SD): its rows, not the totals
        assertThat(world.hashtags.suggest(BOB, "", 10)).containsExactly(new TagSuggestion("vpn", "vpn", 3));
        assertThat(world.hashtags.suggest(BOB, "vp", 10)).containsExactly(new TagSuggestion("vpn", "vpn", 3));
        // carol may fully browse SD and SEC: the totals less HR's rows
        world.host.restrictProject(sec, "alice", "carol");
        assertThat(world.hashtags.suggest(Optional.of("carol"), "", 10))
                .extracting(TagSuggestion::tag, TagSuggestion::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vpn", 11),
                        org.assertj.core.groups.Tuple.tuple("breach", 4));
    }

    @Test
    void aMergeAfterARollupKeepsSuggestedTotalsExact() {
        tagIssues(sd, "#vpn", 2);
        tagIssues(sd, "#vpnissue", 3);
        world.rollUp();
        done(world.hashtags.merge(Optional.of("admin"), List.of("vpnissue"), "vpn"));

        assertThat(world.hashtags.suggest(BOB, "vpn", 10)).containsExactly(new TagSuggestion("vpn", "vpn", 5));
        world.rollUp();
        assertThat(world.hashtags.suggest(BOB, "vpn", 10)).containsExactly(new TagSuggestion("vpn", "vpn", 5));
    }

    @Test
    void suggestingTakesFourStatementsAtEveryPrefixLength() {
        tagIssues(sd, "#vpn", 2);
        tagIssues(sd, "#vpnclient", 2);
        world.rollUp();
        tagIssues(sd, "#vpnclient", 1);

        for (String prefix : List.of("v", "vp", "vpn", "vpnc")) {
            int statements = db.sql().countDuring(() -> world.hashtags.suggest(BOB, prefix, 10));

            // The watermark with the counted projects, the candidates with their totals (HASHTAG_PREFIX up to three
            // characters, else HASHTAG), the prefix's count changes not rolled up, the watermark again.
            assertThat(statements).as(prefix).isEqualTo(4);
        }
        assertThat(world.hashtags.suggest(BOB, "v", 10)).containsExactly(
                new TagSuggestion("vpnclient", "vpnclient", 3), new TagSuggestion("vpn", "vpn", 2));

        tagIssues(sec, "#vpn", 3);
        tagIssues(world.host.addProject("OPS"), "#vpn", 1);
        world.rollUp();
        for (String prefix : List.of("v", "vp", "vpn", "vpnc")) {
            int statements = db.sql().countDuring(() -> world.hashtags.suggest(BOB, prefix, 10));

            // and the candidates' rows in the one counted project bob may not browse (SEC)
            assertThat(statements).as(prefix).isEqualTo(5);
        }
        assertThat(world.hashtags.suggest(BOB, "v", 10)).containsExactly(
                new TagSuggestion("vpn", "vpn", 3), new TagSuggestion("vpnclient", "vpnclient", 3));
    }

    /**
     * An install whose rollup built prefixes of up to two characters (before three) has no rows for "vpn": HASHTAG's
     * range answers, exactly, until the next rollup rebuilds the table for three characters, changes or not.
     */
    @Test
    void anInstallWithTwoCharacterPrefixesIsAnsweredFromHashtagUntilTheNextRollupRebuildsTheTable() {
        tagIssues(sd, "#vpn", 2);
        tagIssues(sd, "#vpnclient", 3);
        tagIssues(sd, "#vpr", 1);
        world.rollUp();
        db.store().deleteWithSQL(HashtagPrefixEntity.class, "TAG_PREFIX IN (?, ?)", "vpn", "vpr");
        db.store().deleteWithSQL(SettingEntity.class, "SETTING_KEY = ?", TagPrefixes.BUILT_FOR_LENGTH_KEY);
        List<TagSuggestion> expected = List.of(new TagSuggestion("vpnclient", "vpnclient", 3),
                new TagSuggestion("vpn", "vpn", 2));

        int statements = db.sql().countDuring(
                () -> assertThat(world.hashtags.suggest(BOB, "vpn", 10)).isEqualTo(expected));

        // the four, and HASHTAG's range after the empty HASHTAG_PREFIX read
        assertThat(statements).isEqualTo(5);
        world.rollUp();
        assertThat(db.store().count(HashtagPrefixEntity.class, "TAG_PREFIX = ?", "vpn")).isEqualTo(2);
        assertThat(db.store().count(HashtagPrefixEntity.class, "TAG_PREFIX = ?", "vpr")).isEqualTo(1);
        statements = db.sql().countDuring(
                () -> assertThat(world.hashtags.suggest(BOB, "vpn", 10)).isEqualTo(expected));
        assertThat(statements).isEqualTo(4);
        assertThat(world.hashtags.suggest(BOB, "vpr", 10)).containsExactly(new TagSuggestion("vpr", "vpr", 1));
    }

    @Test
    void blockedAndMergedTagsAreNotSuggested() {
        tagIssues(sd, "#vpn", 2);
        tagIssues(sd, "#vpnissue", 2);
        tagIssues(sd, "#vpnspam", 2);
        done(world.hashtags.merge(Optional.of("admin"), List.of("vpnissue"), "vpn"));
        done(world.hashtags.block(Optional.of("admin"), "vpnspam"));

        assertThat(world.hashtags.suggest(BOB, "vpn", 10)).containsExactly(new TagSuggestion("vpn", "vpn", 4));
    }

    // ----------------------------------------------------------------------------------------------- tag page

    @Test
    void aTagPageListsTheVisibleIssuesNewestFirstPageByPageSkippingHiddenOnes() {
        List<IssueRef> visible = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            IssueRef issue = world.create(sd, "issue " + i + " #vpn", "");
            if (i % 3 == 1) {
                world.host.restrictIssue(issue, "alice");
            } else {
                visible.add(issue);
            }
            world.create(sec, "secret " + i + " #vpn", "");
        }
        List<String> expected = new ArrayList<>(visible.stream().map(IssueRef::key).toList());
        java.util.Collections.reverse(expected);

        List<String> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            TagPage page = done(world.hashtags.tagPage(BOB, "vpn", 5, cursor));
            assertThat(page.issues()).hasSizeLessThanOrEqualTo(5);
            page.issues().forEach(issue -> seen.add(issue.issueKey()));
            cursor = page.next();
            pages++;
        } while (cursor.isPresent() && pages < 20);

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(4);
        TagPage first = done(world.hashtags.tagPage(BOB, "#VPN", 5, Optional.empty()));
        assertThat(first.count()).as("SD is not fully browsable for bob: it has hidden issues").isZero();
        assertThat(done(world.hashtags.tagPage(ALICE, "vpn", 5, Optional.empty())).count()).isEqualTo(50);
    }

    @Test
    void aTagPageCountsFollowersAndVisibleIssuesOnly() {
        tagIssues(sd, "#vpn", 3);
        tagIssues(sec, "#vpn", 4);
        follow("carol", "hashtag:vpn", false);
        follow("dave", "hashtag:vpn", false);
        follow("erin", "hashtag:vpn", true);
        follow("carol", "hashtag:outage", false);

        TagPage page = done(world.hashtags.tagPage(BOB, "vpn", 10, Optional.empty()));

        assertThat(page.tag()).isEqualTo("vpn");
        assertThat(page.count()).isEqualTo(3);
        assertThat(page.followers()).as("muted follows do not count").isEqualTo(2);
        assertThat(page.issues()).hasSize(3);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void aTagPageReadsTheTagsRowsOnlyThroughColumnsItsIndexHolds() {
        tagIssues(sd, "#vpn #outage", 30);
        db.sql().reset();

        done(world.hashtags.tagPage(BOB, "vpn", 10, Optional.empty()));

        // Newest rows of one tag: the page and the related-tags sample. Selecting only (ID, ISSUE_ID, PROJECT_ID,
        // TAGGED_AT) lets the database read them off the tag_page index in key order; selecting every column
        // (a plain find) got PostgreSQL's generic plan sorting all the tag's rows instead.
        List<String> byTag = db.sql().statements().stream().map(sql -> sql.replace("\"", "").replace("`", ""))
                .filter(sql -> sql.contains("ISSUE_HASHTAG") && sql.contains("WHERE TAG = ?")).toList();
        assertThat(byTag).hasSize(2).allSatisfy(sql -> assertThat(sql)
                .doesNotContain("DISPLAY", "SOURCE", "TAGGED_BY", "ISSUE_TAG")
                .contains("ORDER BY ISSUE_ID DESC"));
    }

    @Test
    void relatedTagsAreThoseMostOftenOnTheSameVisibleIssues() {
        world.create(sd, "#vpn #outage #printer", "");
        world.create(sd, "#vpn #outage", "");
        world.create(sd, "#vpn #network", "");
        world.create(sd, "#outage alone", "");
        world.create(sec, "#vpn #breach", "");
        world.create(sec, "#vpn #breach", "");

        TagPage page = done(world.hashtags.tagPage(BOB, "vpn", 10, Optional.empty()));

        assertThat(page.related()).containsExactly(new RelatedTag("outage", "outage", 2),
                new RelatedTag("network", "network", 1), new RelatedTag("printer", "printer", 1));
        assertThat(done(world.hashtags.tagPage(ALICE, "vpn", 10, Optional.empty())).related())
                .extracting(RelatedTag::tag).containsExactly("breach", "outage", "network", "printer");
    }

    @Test
    void aMergedTagsPageShowsItsTargetAndAnUnusedTagIsAnEmptyPage() {
        tagIssues(sd, "#vpn", 2);
        done(world.hashtags.merge(Optional.of("admin"), List.of("vpnissue"), "VPN"));

        TagPage merged = done(world.hashtags.tagPage(BOB, "vpnissue", 10, Optional.empty()));
        TagPage unused = done(world.hashtags.tagPage(BOB, "nobodyusedthis", 10, Optional.empty()));

        assertThat(merged.tag()).isEqualTo("vpn");
        assertThat(merged.issues()).hasSize(2);
        assertThat(unused).isEqualTo(new TagPage("nobodyusedthis", "nobodyusedthis", 0, 0, List.of(), List.of(),
                Optional.empty()));
        assertThat(world.hashtags.tagPage(BOB, "not a tag", 10, Optional.empty()))
                .isEqualTo(Outcome.refused(HashtagRefusals.invalidTag(List.of("not a tag"))));
        assertThat(world.hashtags.tagPage(BOB, "vpn", 10, Optional.of("garbage")))
                .isEqualTo(Outcome.refused(HashtagRefusals.invalidCursor()));
    }

    @Test
    void aTagUsedOnlyWhereTheViewerCannotLookIsThePageOfATagNobodyUsed() {
        tagIssues(sec, "#TopSecretTag #Breach #HiddenTarget", 70);
        follow("alice", "hashtag:topsecrettag", false);
        done(world.hashtags.merge(Optional.of("admin"), List.of("OldName"), "hiddentarget"));
        TagPage nobodyUsed = new TagPage("topsecrettag", "topsecrettag", 0, 0, List.of(), List.of(), Optional.empty());

        assertThat(done(world.hashtags.tagPage(BOB, "TOPSECRETTAG", 20, Optional.empty()))).isEqualTo(nobodyUsed);
        assertThat(done(world.hashtags.tagPage(BOB, "topsecrettag", 1, Optional.empty())))
                .as("no cursor out of a scan that found only hidden issues").isEqualTo(nobodyUsed);
        assertThat(done(world.hashtags.tagPage(BOB, "oldname", 20, Optional.empty())))
                .as("no merge target the viewer cannot see")
                .isEqualTo(new TagPage("oldname", "oldname", 0, 0, List.of(), List.of(), Optional.empty()));
        TagPage alices = done(world.hashtags.tagPage(ALICE, "topsecrettag", 20, Optional.empty()));
        assertThat(alices.display()).isEqualTo("TopSecretTag");
        assertThat(alices.followers()).isEqualTo(1);
        assertThat(done(world.hashtags.tagPage(ALICE, "oldname", 20, Optional.empty())).tag()).isEqualTo("hiddentarget");
    }

    // ----------------------------------------------------------------------------------------------- trending

    @Test
    void trendingComparesTheWindowWithTheDailyRateOfTheFourWeeksBefore() {
        Instant now = HashtagFixture.START;
        // #vpn: one tagging a day on the 28 whole days before the window's day → expects 1 per 24 hours; now 5.
        for (int day = 2; day <= 29; day++) {
            world.clock.set(now.minus(Duration.ofDays(day)).minus(Duration.ofHours(1)));
            world.create(sd, "#vpn baseline", "");
        }
        world.clock.set(now.minus(Duration.ofHours(30)));
        world.create(sd, "#vpn just before the window", "");
        for (int i = 0; i < 5; i++) {
            world.clock.set(now.minus(Duration.ofHours(i + 1)));
            world.create(sd, "#vpn", "");
        }
        // #printer: new, 3 in the window; #noise: only 2; #breach: 5, but in a project bob cannot browse.
        for (int i = 0; i < 3; i++) {
            world.create(sd, "#printer", "");
        }
        world.create(sd, "#noise", "");
        world.create(sd, "#noise", "");
        for (int i = 0; i < 5; i++) {
            world.create(sec, "#breach", "");
        }
        world.clock.set(now);

        List<TrendingTag> trending = world.hashtags.trending(BOB, 24, 10, Optional.empty());

        assertThat(trending).extracting(TrendingTag::tag).containsExactly("printer", "vpn");
        TrendingTag printer = trending.get(0);
        assertThat(printer.count()).isEqualTo(3);
        assertThat(printer.expected()).isZero();
        assertThat(printer.score()).isCloseTo(3.0, within(1e-9));
        TrendingTag vpn = trending.get(1);
        assertThat(vpn.count()).isEqualTo(5);
        assertThat(vpn.expected()).isCloseTo(1.0, within(1e-9));
        assertThat(vpn.score()).isCloseTo(4 / Math.sqrt(2), within(1e-9));

        assertThat(world.hashtags.trending(ALICE, 24, 10, Optional.empty())).extracting(TrendingTag::tag)
                .containsExactly("breach", "printer", "vpn");
        assertThat(world.hashtags.trending(ALICE, 24, 10, Optional.of(sec.id()))).extracting(TrendingTag::tag)
                .containsExactly("breach");
        assertThat(world.hashtags.trending(BOB, 24, 10, Optional.of(sec.id()))).isEmpty();
        List<TrendingTag> week = world.hashtags.trending(BOB, 168, 10, Optional.empty());
        assertThat(week).filteredOn(t -> t.tag().equals("vpn")).singleElement().satisfies(t -> {
            assertThat(t.count()).as("6 in the last 30 hours + 5 baseline days inside the week").isEqualTo(11);
        });
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /**
     * #breach on 4 SEC issues and #vpn on 7 (bob may not browse SEC), #vpn on 2 SD issues, and #vpnsecret on one HR
     * issue only alice may see.
     */
    private void tagSomeIssuesBobCannotSee() {
        tagIssues(sec, "#breach", 4);
        tagIssues(sec, "#vpn", 7);
        tagIssues(sd, "#vpn", 2);
        IssueRef restricted = world.create(world.host.addProject("HR"), "#vpnsecret", "");
        world.host.restrictIssue(restricted, "alice");
    }

    private void tagIssues(ProjectRef project, String text, int issues) {
        for (int i = 0; i < issues; i++) {
            world.create(project, text, "");
        }
    }

    private void follow(String user, String target, boolean muted) {
        db.store().create(FollowEntity.class, Map.of("FOLLOW_KEY", user + "|" + target, "FOLLOWER", user,
                "TARGET", target, "SINCE", 0L, "AUTO", false, "MUTED", muted));
    }
}
