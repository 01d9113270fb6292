package com.socialitsm.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Profiles and ledgers: points from hidden issues count, but the issues are never shown. */
@DatabaseTest
class ProfileTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private KudosKit kit;
    private IssueRef open;
    private IssueRef secret;

    @BeforeEach
    void setUp() {
        kit = new KudosKit(db.store());
        open = kit.issue("carol", "bob", "vpn");
        secret = kit.issue("carol", "bob", "breach");
        kit.resolve(open);
        kit.resolve(secret);
        kit.host.restrictIssue(secret, "bob", "carol");
    }

    @Test
    void aProfileShowsPointsBadgesAndRecentAwardsWhoseCauseTheViewerMayBrowse() {
        UserProfile seenByDave = kit.kudos.profile(Optional.of("dave"), "bob").orElseThrow();

        assertThat(seenByDave.user()).isEqualTo("bob");
        assertThat(seenByDave.displayName()).isEqualTo("Bob");
        assertThat(seenByDave.points()).as("hidden issues still count").isEqualTo(50);
        assertThat(seenByDave.badges()).extracting(EarnedBadge::badge).containsExactly(Badge.FIRST_RESOLUTION);
        assertThat(seenByDave.recent()).extracting(Award::issueKey).containsOnly(open.key());
        assertThat(seenByDave.recent()).extracting(Award::tag).doesNotContain("breach");
        assertThat(seenByDave.recent()).noneMatch(Award::sourceHidden);

        UserProfile seenByCarol = kit.kudos.profile(Optional.of("carol"), "bob").orElseThrow();
        assertThat(seenByCarol.recent()).extracting(Award::issueKey).contains(secret.key());
        assertThat(seenByCarol.recent()).extracting(Award::tag).contains("breach", "vpn");
    }

    @Test
    void aProfileHasTheSeasonRankAndThePointsOfTheLastTwelveWeeks() {
        UserProfile bob = kit.kudos.profile(Optional.of("dave"), "bob").orElseThrow();

        assertThat(bob.rank()).as("bob is the only one with points").isEqualTo(1);
        assertThat(bob.weeklyPoints()).hasSize(KudosService.PROFILE_WEEKS);
        assertThat(bob.weeklyPoints().get(KudosService.PROFILE_WEEKS - 1)).as("this week").isEqualTo(50);
        assertThat(bob.weeklyPoints().subList(0, KudosService.PROFILE_WEEKS - 1)).containsOnly(0);
        assertThat(bob.recent()).noneMatch(award -> award.points() == 0);
        assertThat(kit.kudos.profile(Optional.of("dave"), "dave").orElseThrow().rank()).as("no points").isZero();
    }

    @Test
    void theIssuePanelTellsTheResolverThePointsJustEarnedAndNobodyElse() {
        assertThat(kit.kudos.issueKudos(Optional.of("bob"), open.key()).orElseThrow().justEarned())
                .extracting(JustEarned::points).containsExactlyInAnyOrder(10, 15);
        assertThat(kit.kudos.issueKudos(Optional.of("carol"), open.key()).orElseThrow().justEarned()).isEmpty();
    }

    @Test
    void anUnknownUserHasNoProfile() {
        assertThat(kit.kudos.profile(Optional.of("dave"), "nobody")).isEmpty();
    }

    @Test
    void onlyTheOwnerAndAdminsMayReadALedger() {
        assertThat(kit.kudos.ledgerAccess(Optional.of("bob"), "bob")).isEqualTo(LedgerAccess.ALLOWED);
        assertThat(kit.kudos.ledgerAccess(Optional.of("admin"), "bob")).isEqualTo(LedgerAccess.ALLOWED);
        assertThat(kit.kudos.ledgerAccess(Optional.of("dave"), "bob")).isEqualTo(LedgerAccess.FORBIDDEN);
        assertThat(kit.kudos.ledgerAccess(Optional.empty(), "bob")).isEqualTo(LedgerAccess.FORBIDDEN);
        assertThat(kit.kudos.ledgerAccess(Optional.of("admin"), "nobody")).isEqualTo(LedgerAccess.NOT_FOUND);
        assertThat(kit.kudos.ledger(Optional.of("dave"), "bob", 0, 10).items()).isEmpty();
    }

    @Test
    void theLedgerListsEveryRowNewestFirstAndBlanksCausesTheViewerMayNotBrowse() {
        kit.host.restrictIssue(secret, "carol");
        LedgerPage page = kit.kudos.ledger(Optional.of("bob"), "bob", 0, 3);

        assertThat(page.items()).hasSize(3);
        assertThat(page.nextBefore()).isPositive();
        LedgerPage rest = kit.kudos.ledger(Optional.of("bob"), "bob", page.nextBefore(), 3);
        assertThat(rest.items()).hasSize(1);
        assertThat(rest.nextBefore()).isZero();

        var all = new java.util.ArrayList<>(page.items());
        all.addAll(rest.items());
        assertThat(all).extracting(Award::points).containsExactly(15, 10, 15, 10);
        assertThat(all).filteredOn(Award::sourceHidden).hasSize(2).allSatisfy(a -> {
            assertThat(a.issueKey()).isEmpty();
            assertThat(a.tag()).isEmpty();
        });
        assertThat(all).filteredOn(a -> !a.sourceHidden()).extracting(Award::reason)
                .containsExactly("first-tag", "resolved");
    }

    @Test
    void reversalsShowInTheLedger() {
        kit.reopen(open);
        LedgerPage page = kit.kudos.ledger(Optional.of("bob"), "bob", 0, 2);

        assertThat(page.items()).allSatisfy(a -> assertThat(a.reversal()).isTrue());
        assertThat(page.items()).extracting(Award::points).containsExactly(-15, -10);
        assertThat(kit.kudos.profile(Optional.of("bob"), "bob").orElseThrow().points()).isEqualTo(25);
    }
}
