package com.socialitsm.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;
import com.socialitsm.vote.Boss;

/**
 * The boss fight: a project's boss is its most-upvoted open issue; whoever resolves it earns the boss-fight badge and
 * the admin's boss bonus; reopening takes both back.
 */
@DatabaseTest
class BossFightTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private KudosKit kit;

    @BeforeEach
    void setUp() {
        kit = new KudosKit(db.store());
    }

    @Test
    void theBossIsTheMostUpvotedOpenIssueWithItsVotesAndAge() {
        IssueRef big = votedIssue(3);
        IssueRef second = votedIssue(2);
        kit.clock.advance(Duration.ofDays(3));

        Boss boss = kit.votes.boss(Optional.of("carol"), "SD").value().orElseThrow();
        assertThat(boss.issueKey()).isEqualTo(big.key());
        assertThat(boss.votes()).isEqualTo(3);
        assertThat(Duration.between(boss.since(), kit.clock.instant())).isEqualTo(Duration.ofDays(3));

        kit.host.update(resolved(big));
        assertThat(kit.votes.boss(Optional.of("carol"), "SD").value().orElseThrow().issueKey()).isEqualTo(second.key());
        assertThat(kit.votes.boss(Optional.of("carol"), "NOPE").isDone()).isFalse();
    }

    @Test
    void aHiddenBossOrProjectShowsNothing() {
        ProjectRef sec = kit.host.addProject("SEC");
        kit.host.restrictProject(sec, "alice", "bob");
        IssueRef secret = kit.issue(sec, "alice", "bob");
        kit.votes.vote("alice", secret.key());

        assertThat(kit.votes.boss(Optional.of("dave"), "SEC").isDone()).as("hidden project").isFalse();
        assertThat(kit.votes.boss(Optional.of("alice"), "SEC").value()).isPresent();
        kit.host.restrictProject(sec, "alice", "bob", "carol");
        kit.host.restrictIssue(secret, "alice");
        assertThat(kit.votes.boss(Optional.of("carol"), "SEC").value()).as("not the next one either").isEmpty();
    }

    @Test
    void resolvingTheBossEarnsTheBadgeAndTheBonusAndOthersEarnNeither() {
        IssueRef boss = votedIssue(3);
        IssueRef minion = votedIssue(2);

        kit.resolve(minion);
        assertThat(kit.badges("bob")).doesNotContain(Badge.BOSS_FIGHT);
        assertThat(kit.ledger("bob")).containsExactly("resolved:10");

        kit.resolve(boss);
        assertThat(kit.badges("bob")).contains(Badge.BOSS_FIGHT);
        assertThat(kit.ledger("bob")).containsExactly("resolved:10", "resolved:10", "boss:50");
    }

    @Test
    void onceTheBossIsResolvedTheNextOpenIssueIsTheBoss() {
        IssueRef first = votedIssue(3);
        IssueRef next = votedIssue(2);
        kit.host.update(resolved(first));

        kit.resolve(next);
        assertThat(kit.ledger("bob")).containsExactly("resolved:10", "boss:50");
    }

    @Test
    void reopeningTakesTheBonusAndTheBadgeBackAndResolvingAgainEarnsThemAgain() {
        IssueRef boss = votedIssue(3);
        kit.resolve(boss);
        assertThat(kit.ledgerSum("bob")).isEqualTo(60);

        kit.reopen(boss);
        assertThat(kit.ledgerSum("bob")).isZero();
        assertThat(kit.badges("bob")).doesNotContain(Badge.BOSS_FIGHT);

        kit.resolve(boss);
        assertThat(kit.ledgerSum("bob")).isEqualTo(60);
        assertThat(kit.badges("bob")).contains(Badge.BOSS_FIGHT);
    }

    @Test
    void theAdminTunesTheBonusAndZeroLeavesOnlyTheBadge() {
        kit.kudos.updateBossRules(new BossRules(120));
        IssueRef boss = votedIssue(1);
        kit.resolve(boss);
        assertThat(kit.ledger("bob")).containsExactly("resolved:10", "boss:120");
        kit.host.update(resolved(boss));

        kit.kudos.updateBossRules(new BossRules(0));
        assertThat(kit.kudos.bossRules()).isEqualTo(new BossRules(0));
        IssueRef another = votedIssue(1);
        kit.resolve(another);
        assertThat(kit.ledger("bob")).endsWith("resolved:10", "boss:0");
        assertThat(kit.badges("bob")).contains(Badge.BOSS_FIGHT);
    }

    @Test
    void theSameResolutionTwiceAwardsTheBossOnceAndSelfReportedBossesEarnNothing() {
        IssueRef boss = votedIssue(2);
        kit.resolve(boss);
        kit.resolve(boss);
        assertThat(kit.ledger("bob")).containsExactly("resolved:10", "boss:50");

        IssueRef own = kit.issue("alice", "alice");
        for (String voter : List.of("bob", "carol", "dave", "erin")) {
            kit.votes.vote(voter, own.key());
        }
        kit.resolve(own);
        assertThat(kit.ledger("alice")).isEmpty();
        assertThat(kit.badges("alice")).doesNotContain(Badge.BOSS_FIGHT);
    }

    /** An open issue of SD reported by carol, assigned to bob, with this many votes. */
    private IssueRef votedIssue(int votes) {
        IssueRef issue = kit.issue("carol", "bob");
        List<String> voters = List.of("alice", "dave", "erin", "frank", "admin");
        for (int v = 0; v < votes; v++) {
            kit.votes.vote(voters.get(v), issue.key());
        }
        return issue;
    }

    private static IssueRef resolved(IssueRef issue) {
        return new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(), issue.summary(),
                issue.description(), "Resolved", true, issue.assignee(), issue.reporter());
    }
}
