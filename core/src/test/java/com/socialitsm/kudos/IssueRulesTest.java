package com.socialitsm.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.engine.ChangeOutcome;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.settings.SettingsSnapshot;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** The points rules that issue changes trigger, driven through the engine as hosts drive it. */
@DatabaseTest
class IssueRulesTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private KudosKit kit;

    @BeforeEach
    void setUp() {
        kit = new KudosKit(db.store());
    }

    @Test
    void resolvingAnIssueAssignedToYouEarnsTenPoints() {
        kit.resolve(kit.issue("carol", "bob"));

        assertThat(kit.ledger("bob")).containsExactly("resolved:10");
        assertThat(kit.ledgerSum("carol")).isZero();
    }

    @Test
    void theAssigneeEarnsEvenWhenSomeoneElsePerformsTheTransition() {
        IssueRef issue = kit.issue("carol", "bob");
        kit.engine.handle(kit.change(issue, "admin", IssueChange.Kind.RESOLVED));

        assertThat(kit.ledger("bob")).containsExactly("resolved:10");
        assertThat(kit.ledgerSum("admin")).isZero();
    }

    @Test
    void anUnassignedResolutionEarnsNothing() {
        kit.resolve(kit.issue("carol", null, "vpn"));

        assertThat(kit.ledgerRows()).isZero();
    }

    @Test
    void resolvingAnIssueYouReportedYourselfEarnsNothingUnlessTheAdminAllowsIt() {
        kit.resolve(kit.issue("bob", "bob", "vpn"));
        assertThat(kit.ledgerSum("bob")).isZero();

        kit.rules(r -> new KudosRules(r.resolvedPoints(), r.firstTagBonusPoints(), r.firstTagBonusMaxTags(),
                r.establishedTagMinIssues(), r.firstResponsePoints(), r.answerAcceptedPoints(), r.answerUpvotedPoints(), r.peerKudosPoints(),
                r.peerKudosDailyCap(), r.peerKudosRepeatDays(), true, r.privacyMode()));
        kit.resolve(kit.issue("bob", "bob", "printer"));
        assertThat(kit.ledger("bob")).as("the tag bob wrote himself earns no bonus").containsExactly("resolved:10");
    }

    @Test
    void eachHashtagYouHaveNeverResolvedBeforeEarnsAFirstTimeBonus() {
        kit.resolve(kit.issue("carol", "bob", "vpn", "outage"));
        kit.resolve(kit.issue("carol", "bob", "vpn", "printer"));
        kit.resolve(kit.issue("carol", "bob", "vpn", "printer"));
        kit.resolve(kit.issue("carol", "alice", "vpn"));

        assertThat(kit.ledger("bob")).containsExactly(
                "resolved:10", "first-tag:15", "first-tag:15",
                "resolved:10", "first-tag:15",
                "resolved:10");
        assertThat(kit.ledger("alice")).as("the bonus is per person").containsExactly("resolved:10", "first-tag:15");
    }

    @Test
    void theFirstTimeBonusIsCappedPerResolutionAndTagsPastTheCapCountAsExplored() {
        kit.resolve(kit.issue("carol", "bob", "a", "b", "c", "d", "e"));
        kit.resolve(kit.issue("carol", "bob", "d", "e", "f"));

        assertThat(kit.ledger("bob")).containsExactly(
                "resolved:10", "first-tag:15", "first-tag:15", "first-tag:15", "first-tag:0", "first-tag:0",
                "resolved:10", "first-tag:15");
        assertThat(kit.ledgerSum("bob")).isEqualTo(10 + 45 + 10 + 15);
    }

    @Test
    void reopeningReversesTheResolutionAwardsAndResolvingAgainEarnsThemAgain() {
        IssueRef issue = kit.issue("carol", "bob", "vpn");
        kit.resolve(issue);
        assertThat(kit.ledgerSum("bob")).isEqualTo(25);

        kit.reopen(issue);
        assertThat(kit.ledger("bob")).containsExactly("resolved:10", "first-tag:15", "resolved:-10", "first-tag:-15");
        assertThat(kit.ledgerSum("bob")).isZero();

        kit.reopen(issue);
        assertThat(kit.ledgerRows()).as("a second reopen has nothing left to reverse").isEqualTo(4);

        kit.resolve(issue);
        assertThat(kit.ledgerSum("bob")).as("the tag is still new to bob: its bonus was reversed").isEqualTo(25);
        kit.reopen(issue);
        assertThat(kit.ledgerSum("bob")).isZero();
    }

    @Test
    void reopeningReversesOnlyThatIssuesAwards() {
        IssueRef first = kit.issue("carol", "bob", "vpn");
        IssueRef second = kit.issue("carol", "bob", "printer");
        kit.resolve(first);
        kit.resolve(second);

        kit.reopen(first);

        assertThat(kit.ledgerSum("bob")).isEqualTo(25);
    }

    @Test
    void whenTheReassignedIssueIsResolvedAgainTheNewAssigneeEarns() {
        IssueRef issue = kit.issue("carol", "bob", "vpn");
        kit.resolve(issue);
        kit.reopen(issue);
        IssueRef reassigned = kit.host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(),
                issue.projectKey(), issue.summary(), "", "Open", false, Optional.of("alice"), issue.reporter()));
        kit.resolve(reassigned);

        assertThat(kit.ledgerSum("bob")).isZero();
        assertThat(kit.ledgerSum("alice")).isEqualTo(25);
    }

    @Test
    void theSameChangeDeliveredTwiceAwardsOnce() {
        IssueRef issue = kit.issue("carol", "bob", "vpn");
        IssueChange resolved = kit.change(issue, "bob", IssueChange.Kind.RESOLVED);

        assertThat(kit.engine.handle(resolved)).isEqualTo(ChangeOutcome.APPLIED);
        assertThat(kit.engine.handle(resolved)).isEqualTo(ChangeOutcome.ALREADY_PROCESSED);

        assertThat(kit.ledger("bob")).containsExactly("resolved:10", "first-tag:15");
    }

    @Test
    void aSecondResolutionEventWithoutAReopenAwardsNothing() {
        IssueRef issue = kit.issue("carol", "bob", "vpn");
        kit.resolve(issue);
        kit.resolve(issue);
        kit.handleOnlyKudos(kit.change(issue, "bob", IssueChange.Kind.RESOLVED));

        assertThat(kit.ledger("bob")).containsExactly("resolved:10", "first-tag:15");
    }

    @Test
    void theFirstCommentBySomeoneOtherThanTheReporterIsTheFirstResponse() {
        IssueRef issue = kit.issue("carol", "bob");
        kit.comment(issue, "carol");
        assertThat(kit.ledgerRows()).as("the reporter's own comment is no response").isZero();

        kit.comment(issue, "alice");
        kit.comment(issue, "bob");
        kit.comment(issue, "alice");

        assertThat(kit.ledger("alice")).containsExactly("first-response:2");
        assertThat(kit.ledgerSum("bob")).isZero();
    }

    @Test
    void otherChangesEarnNothing() {
        IssueRef issue = kit.issue("carol", "bob", "vpn");
        for (IssueChange.Kind kind : List.of(IssueChange.Kind.CREATED, IssueChange.Kind.UPDATED,
                IssueChange.Kind.ASSIGNED, IssueChange.Kind.DELETED)) {
            kit.engine.handle(kit.change(issue, "bob", kind));
        }
        assertThat(kit.ledgerRows()).isZero();
    }

    @Test
    void rulesAreTunedAndSwitchedOffBySettingTheirPoints() {
        kit.rules(r -> KudosKit.with(r, 20, 0));
        IssueRef issue = kit.issue("carol", "bob");
        kit.comment(issue, "alice");
        kit.resolve(issue);

        assertThat(kit.ledger("bob")).containsExactly("resolved:20");
        assertThat(kit.ledgerSum("alice")).as("first response switched off").isZero();
        assertThat(kit.kudos.rules().resolvedPoints()).isEqualTo(20);
    }

    @Test
    void resolutionBadgesAreAwardedOnceInTheSameTransaction() {
        kit.resolve(kit.issue("carol", "bob"));
        assertThat(kit.badges("bob")).containsExactly(Badge.FIRST_RESOLUTION);

        for (int i = 0; i < 8; i++) {
            kit.resolve(kit.issue("carol", "bob"));
        }
        assertThat(kit.badges("bob")).doesNotContain(Badge.TEN_RESOLUTIONS);
        kit.resolve(kit.issue("carol", "bob"));
        assertThat(kit.badges("bob")).containsExactly(Badge.FIRST_RESOLUTION, Badge.TEN_RESOLUTIONS);
    }

    @Test
    void resolvingAndReopeningOneIssueTenTimesIsNotTenResolutions() {
        IssueRef issue = kit.issue("carol", "bob");
        for (int i = 0; i < 10; i++) {
            kit.resolve(issue);
            kit.reopen(issue);
        }
        kit.resolve(issue);

        assertThat(kit.badges("bob")).containsExactly(Badge.FIRST_RESOLUTION);
    }

    @Test
    void theExplorerResolvedIssuesUnderTenDifferentHashtags() {
        kit.resolve(kit.issue("carol", "bob", "t1", "t2", "t3", "t4", "t5"));
        kit.resolve(kit.issue("carol", "bob", "t5", "t6", "t7", "t8"));
        assertThat(kit.badges("bob")).doesNotContain(Badge.EXPLORER);

        kit.resolve(kit.issue("carol", "bob", "t8", "t9", "t10"));
        assertThat(kit.badges("bob")).contains(Badge.EXPLORER);
    }

    @Test
    void awardingPointsForAResolutionAddsAtMostFiveStatements() {
        IssueRef warmUp = kit.issue("carol", "bob", "vpn");
        kit.resolve(warmUp);
        // Give bob every badge a resolution can earn, so that only the points work and the badge check remain.
        db.store().create(com.socialitsm.store.BadgeEntity.class, List.of(
                badge("bob", Badge.TEN_RESOLUTIONS), badge("bob", Badge.EXPLORER), badge("bob", Badge.BOSS_FIGHT)));
        IssueRef issue = kit.issue("carol", "bob", "vpn", "outage", "printer");
        IssueChange resolved = kit.change(issue, "bob", IssueChange.Kind.RESOLVED);

        SettingsSnapshot settings = kit.changeSettings();
        db.sql().reset();
        kit.handleOnlyKudos(resolved, settings);
        List<String> statements = db.sql().statements().stream()
                .filter(s -> !s.toUpperCase().contains("BADGE")).toList();

        // Who tagged the issue, the slots in question (resolution + each tag), one batch insert of every award; the
        // rules come with the change's settings, which the engine reads once for every step. (Tags all count as
        // established here: TagBonusTest counts the statements of that look.)
        // Plus one look at the project's vote ranking: is the issue its boss? (BossFightTest)
        assertThat(statements).as(String.join("\n", db.sql().statements())).hasSizeLessThanOrEqualTo(4);
        assertThat(db.sql().count()).as("plus one read of the badges held").isLessThanOrEqualTo(5);
        assertThat(kit.ledger("bob")).endsWith("resolved:10", "first-tag:15", "first-tag:15");
    }

    @Test
    void aFirstResponseAndAReopenAddAtMostThreeStatements() {
        IssueRef issue = kit.issue("carol", "bob", "vpn");
        // Besides the change's settings, which the engine reads once for every step.
        SettingsSnapshot settings = kit.changeSettings();
        assertThat(db.sql().countDuring(() -> kit.handleOnlyKudos(
                kit.change(issue, "alice", IssueChange.Kind.COMMENTED), settings))).isLessThanOrEqualTo(2);
        assertThat(db.sql().countDuring(() -> kit.handleOnlyKudos(
                kit.change(issue, "bob", IssueChange.Kind.COMMENTED), settings))).as("later comments")
                .isLessThanOrEqualTo(1);
        kit.resolve(issue);
        assertThat(db.sql().countDuring(() -> kit.handleOnlyKudos(
                kit.change(issue, "carol", IssueChange.Kind.REOPENED), settings))).isLessThanOrEqualTo(2);
    }

    private static java.util.Map<String, Object> badge(String user, Badge badge) {
        return java.util.Map.of("BADGE_KEY", user + "|" + badge.code(), "USER_KEY", user, "CODE", badge.code(),
                "AWARDED_AT", 0L);
    }
}
