package com.socialitsm.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import net.java.ao.Query;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.hashtag.TagCountRollup;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.settings.Settings;
import com.socialitsm.settings.SettingsSnapshot;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.tag.TagDiff;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * The first-tag bonus rewards experience, not tags (issue #21, item 1): only tags someone other than the resolver put
 * on the issue, and only established ones, pay; a tag's bonus goes when the tag leaves the issue or the issue is
 * reopened. Driven as the devhost runs the app: the real engine with the real hashtag step, tags by hand through the
 * hashtag service, on the test database.
 */
@DatabaseTest
class TagBonusTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private SocialWorld world;
    private ProjectRef sd;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void setUp() {
        world = new SocialWorld(db.store());
        sd = world.host.addProject("SD");
        for (String user : List.of("carol", "dave", "erin", "frank")) {
            world.host.addUser(user);
        }
    }

    @Test
    void tagsTheResolverInventedAndAddedEarnNothing() {
        IssueRef issue = world.assign(world.create(sd, "Printer jams", "", "carol"), "carol", "dave");
        world.app.hashtags().addTags("dave", issue.key(), List.of("#junkaa1", "#junkbb2", "#junkcc3")).value();

        resolve(issue, "dave");
        assertThat(points("dave")).as("was +55: 10 + 3 x 15").isEqualTo(10);

        for (String tag : List.of("junkaa1", "junkbb2", "junkcc3")) {
            world.app.hashtags().removeTag("dave", issue.key(), tag).value();
        }
        assertThat(points("dave")).isEqualTo(10);
        assertThat(ledger("dave")).containsExactly("resolved:10");
    }

    @Test
    void anEstablishedTagSomeoneElsePutThereStillPays() {
        establish("vpn");
        IssueRef issue = world.assign(world.create(sd, "VPN drops #vpn", "", "carol"), "carol", "dave");

        resolve(issue, "dave");

        assertThat(ledger("dave")).containsExactly("resolved:10", "first-tag:15");
        assertThat(world.app.kudos().profile(Optional.of("dave"), "dave").orElseThrow().points()).isEqualTo(25);
    }

    @Test
    void aTagAddedByHandBySomeoneElseCountsAsWrittenInTheText() {
        establish("vpn");
        IssueRef issue = world.assign(world.create(sd, "Cannot connect", "", "carol"), "carol", "dave");
        world.app.hashtags().addTags("erin", issue.key(), List.of("vpn")).value();

        resolve(issue, "dave");

        assertThat(ledger("dave")).containsExactly("resolved:10", "first-tag:15");
    }

    @Test
    void anEstablishedTagTheResolverPutThereThemselvesEarnsNothing() {
        establish("vpn");
        IssueRef issue = world.assign(world.create(sd, "Cannot connect", "", "carol"), "carol", "dave");
        world.app.hashtags().addTags("dave", issue.key(), List.of("vpn")).value();
        resolve(issue, "dave");

        IssueRef edited = world.assign(world.create(sd, "Slow", "", "carol"), "carol", "dave");
        update(edited, "dave", "Slow over #vpn");
        resolve(edited, "dave");

        assertThat(ledger("dave")).containsExactly("resolved:10", "resolved:10");
    }

    @Test
    void aTagOnTooFewIssuesOrUsedByOnePersonOnlyIsNotEstablished() {
        // #solo: on six issues with this one, all carol's. #fresh: two people, on three issues with this one, which
        // is too few once the admin asks for four.
        for (int i = 0; i < 5; i++) {
            world.create(sd, "Solo " + i + " #solo", "", "carol");
        }
        world.create(sd, "Fresh #fresh", "", "carol");
        world.create(sd, "Fresh too #fresh", "", "erin");
        world.app.kudos().updateRules(world.app.kudos().rules().withEstablishedTagMinIssues(4));
        IssueRef issue = world.assign(world.create(sd, "Both #solo #fresh", "", "carol"), "carol", "dave");

        resolve(issue, "dave");
        assertThat(ledger("dave")).containsExactly("resolved:10");

        world.app.kudos().updateRules(world.app.kudos().rules().withEstablishedTagMinIssues(3));
        IssueRef next = world.assign(world.create(sd, "Again #solo #fresh", "", "carol"), "carol", "dave");
        resolve(next, "dave");
        assertThat(ledger("dave")).as("#fresh is on 4 issues by two people now; #solo is still carol's alone")
                .containsExactly("resolved:10", "resolved:10", "first-tag:15");

        world.app.kudos().updateRules(world.app.kudos().rules().withEstablishedTagMinIssues(0));
        IssueRef third = world.assign(world.create(sd, "Third #solo", "", "carol"), "carol", "dave");
        resolve(third, "dave");
        assertThat(ledger("dave")).as("0: every tag someone else put there counts")
                .endsWith("resolved:10", "first-tag:15");
    }

    @Test
    void removingTheTagAfterTheResolutionTakesItsBonusBackExactlyOnce() {
        establish("vpn");
        IssueRef issue = world.assign(world.create(sd, "Cannot connect", "", "carol"), "carol", "dave");
        world.app.hashtags().addTags("carol", issue.key(), List.of("vpn", "outage")).value();
        establish("outage");
        resolve(issue, "dave");
        assertThat(points("dave")).isEqualTo(40);

        world.app.hashtags().removeTag("carol", issue.key(), "vpn").value();
        assertThat(ledger("dave")).containsExactly("resolved:10", "first-tag:15", "first-tag:15", "first-tag:-15");
        assertThat(points("dave")).isEqualTo(25);

        int rows = rows();
        world.app.hashtags().removeTag("carol", issue.key(), "vpn").value();
        db.store().executeInTransaction(() -> {
            world.app.kudos().tagRemovals().removed(issue.id(), List.of("vpn"));
            return null;
        });
        assertThat(rows()).as("the same removal reported again changes nothing").isEqualTo(rows);

        IssueRef next = world.assign(world.create(sd, "Again #vpn", "", "carol"), "carol", "dave");
        resolve(next, "dave");
        assertThat(points("dave")).as("#vpn is new to dave again: its bonus was taken back").isEqualTo(25 + 25);
    }

    @Test
    void aTagThatLeavesTheTextTakesItsBonusBack() {
        establish("vpn");
        IssueRef issue = world.assign(world.create(sd, "Cannot connect", "Over #vpn", "carol"), "carol", "dave");
        resolve(issue, "dave");
        assertThat(points("dave")).isEqualTo(25);

        update(issue, "carol", "Over the office network");

        assertThat(ledger("dave")).containsExactly("resolved:10", "first-tag:15", "first-tag:-15");
    }

    @Test
    void aTagRemovedBeforeTheResolutionEarnsNothing() {
        establish("vpn");
        IssueRef issue = world.assign(world.create(sd, "Cannot connect", "", "carol"), "carol", "dave");
        world.app.hashtags().addTags("carol", issue.key(), List.of("vpn")).value();
        world.app.hashtags().removeTag("carol", issue.key(), "vpn").value();

        resolve(issue, "dave");

        assertThat(ledger("dave")).containsExactly("resolved:10");
    }

    @Test
    void reopeningTakesTheBonusBackOnceAndResolvingAgainEarnsItAgain() {
        establish("vpn");
        IssueRef issue = world.assign(world.create(sd, "VPN drops #vpn", "", "carol"), "carol", "dave");
        IssueRef resolved = resolve(issue, "dave");
        IssueChange resolution = change(resolved, "dave", IssueChange.Kind.RESOLVED);
        world.handle(resolution);
        world.handle(resolution);
        assertThat(points("dave")).as("the same resolution twice").isEqualTo(25);

        IssueChange reopening = change(reopen(issue), "carol", IssueChange.Kind.REOPENED);
        world.handle(reopening);
        assertThat(points("dave")).isZero();
        int rows = rows();
        world.handle(reopening);
        world.handle(change(world.current(issue), "carol", IssueChange.Kind.REOPENED));
        assertThat(rows()).as("a second reopening has nothing left to reverse").isEqualTo(rows);

        resolve(issue, "dave");
        assertThat(ledger("dave")).containsExactly("resolved:10", "first-tag:15", "resolved:-10", "first-tag:-15",
                "resolved:10", "first-tag:15");
    }

    @Test
    void aReopeningThatAlsoDropsTheTagFromTheTextReversesTheBonusOnce() {
        establish("vpn");
        IssueRef issue = world.assign(world.create(sd, "Cannot connect", "Over #vpn", "carol"), "carol", "dave");
        resolve(issue, "dave");
        assertThat(points("dave")).isEqualTo(25);

        // One change both reopens the issue and loses #vpn from its text: the hashtag step and the reopening rule
        // each reverse the bonus; the second must see the first's reversal in the same transaction.
        IssueRef now = world.current(issue);
        IssueRef reopened = world.host.update(new IssueRef(now.id(), now.key(), now.projectId(), now.projectKey(),
                now.summary(), "Over the office network", "Reopened", false, now.assignee(), now.reporter()));
        world.handle(change(reopened, "carol", IssueChange.Kind.REOPENED));

        assertThat(ledger("dave")).containsExactlyInAnyOrder("resolved:10", "first-tag:15", "resolved:-10",
                "first-tag:-15");
    }

    @Test
    void removingReAddingAndRemovingATagOnAResolvedIssueReversesOnceAndKeepsTheChangeWorking() {
        establish("vpn");
        IssueRef issue = world.assign(world.create(sd, "Cannot connect", "", "carol"), "carol", "dave");
        world.app.hashtags().addTags("carol", issue.key(), List.of("vpn")).value();
        resolve(issue, "dave");

        world.app.hashtags().removeTag("carol", issue.key(), "vpn").value();
        world.app.hashtags().addTags("carol", issue.key(), List.of("vpn")).value();
        world.app.hashtags().removeTag("carol", issue.key(), "vpn").value();
        update(issue, "carol", "Over #vpn");
        update(issue, "carol", "Over the office network");
        world.handle(change(reopen(issue), "carol", IssueChange.Kind.REOPENED));

        assertThat(ledger("dave")).containsExactlyInAnyOrder("resolved:10", "first-tag:15", "first-tag:-15",
                "resolved:-10");
    }

    @Test
    void aReversalWrittenWithAnotherDetailStillCountsWhenTheTagLeavesLater() {
        establish("vpn");
        IssueRef issue = world.assign(world.create(sd, "Cannot connect", "", "carol"), "carol", "dave");
        world.app.hashtags().addTags("carol", issue.key(), List.of("vpn")).value();
        resolve(issue, "dave");
        // A reopening as an older version (or an import) wrote it: the bonus's reversal without the tag in DETAIL.
        for (PointsEntryEntity award : ledgerRows("dave")) {
            db.store().create(PointsEntryEntity.class, java.util.Map.of("SOURCE_KEY", award.getSourceKey()
                    + ":reversed", "SLOT", award.getSlot(), "USER_KEY", "dave", "POINTS", -award.getPoints(),
                    "REASON", award.getReason(), "ISSUE_ID", issue.id(), "PROJECT_ID", issue.projectId(),
                    "CREATED_AT", world.clock.millis(), "REVERSES", award.getSourceKey(), "DETAIL", ""));
        }
        world.handle(change(reopen(issue), "carol", IssueChange.Kind.REOPENED));
        resolve(issue, "dave");
        assertThat(points("dave")).isEqualTo(25);

        world.app.hashtags().removeTag("carol", issue.key(), "vpn").value();

        assertThat(points("dave")).as("only the second bonus, the one in force, is reversed").isEqualTo(10);
    }

    @Test
    void judgingTheTagsOfAResolutionTakesAFewBoundedStatements() {
        establish("vpn");
        establish("outage");
        IssueRef issue = world.assign(world.create(sd, "Down #vpn #outage #junk", "", "carol"), "carol", "dave");
        IssueRef resolved = world.current(issue);
        SettingsSnapshot settings = new Settings(db.store()).read(world.app.kudos().handler().settingPrefixes());
        TagDiff tags = new TagDiff(new LinkedHashSet<>(List.of("vpn", "outage", "junk")), List.of(), List.of(),
                Map.of("vpn", "carol", "outage", "carol", "junk", "carol"));
        rollUpTagCounts();

        db.sql().reset();
        db.store().executeInTransaction(() -> {
            world.app.kudos().handler().onIssueChange(change(resolved, "dave", IssueChange.Kind.RESOLVED), tags,
                    settings);
            return null;
        });
        List<String> all = db.sql().statements();
        int insert = all.indexOf(all.stream().filter(s -> s.startsWith("INSERT")).findFirst().orElseThrow());
        List<String> statements = all.subList(0, insert + 1);

        // Up to the points written (badges come after): slots, issue counts of the new tags, one "someone
        // else?" look per tag with enough issues (#junk has one issue: none), one batch insert.
        assertThat(statements).as(String.join("\n", statements)).hasSizeLessThanOrEqualTo(5);
        assertThat(ledger("dave")).containsExactly("resolved:10", "first-tag:15", "first-tag:15");
    }

    /**
     * Resolves as the host would some minutes after the tags were written: the cluster job has rolled the tag counts
     * up by then, and "established" reads the rolled-up counts (a tag's use counts once the job has seen it).
     */
    private IssueRef resolve(IssueRef issue, String resolver) {
        rollUpTagCounts();
        return world.resolve(issue, resolver);
    }

    private void rollUpTagCounts() {
        Instant now = world.clock.instant();
        world.clock.advance(TagCountRollup.GAP_GRACE.plusSeconds(1));
        try {
            world.app.hashtags().countRollup().rollUp();
        } finally {
            world.clock.set(now);
        }
    }

    /** Makes the tag established at the default rule: on three issues, written there by two different people. */
    private void establish(String tag) {
        world.create(sd, "About #" + tag, "", "erin");
        world.create(sd, "Also #" + tag, "", "frank");
        world.create(sd, "Again #" + tag, "", "frank");
    }

    private IssueRef update(IssueRef issue, String actor, String description) {
        IssueRef now = world.current(issue);
        IssueRef updated = world.host.update(new IssueRef(now.id(), now.key(), now.projectId(), now.projectKey(),
                now.summary(), description, now.status(), now.resolved(), now.assignee(), now.reporter()));
        world.handle(change(updated, actor, IssueChange.Kind.UPDATED));
        return updated;
    }

    private IssueRef reopen(IssueRef issue) {
        IssueRef now = world.current(issue);
        return world.host.update(new IssueRef(now.id(), now.key(), now.projectId(), now.projectKey(), now.summary(),
                now.description(), "Reopened", false, now.assignee(), now.reporter()));
    }

    private IssueChange change(IssueRef issue, String actor, IssueChange.Kind kind) {
        return IssueChange.of("tag-bonus-" + changes.incrementAndGet(), issue, actor, kind, world.clock.tick());
    }

    private int points(String user) {
        return ledgerRows(user).stream().mapToInt(PointsEntryEntity::getPoints).sum();
    }

    private List<String> ledger(String user) {
        return ledgerRows(user).stream().map(row -> row.getReason() + ":" + row.getPoints()).toList();
    }

    private List<PointsEntryEntity> ledgerRows(String user) {
        db.store().flushAll();
        return List.of(db.store().find(PointsEntryEntity.class,
                Query.select().where("USER_KEY = ?", user).order("ID")));
    }

    private int rows() {
        db.store().flushAll();
        return db.store().count(PointsEntryEntity.class, Query.select());
    }
}
