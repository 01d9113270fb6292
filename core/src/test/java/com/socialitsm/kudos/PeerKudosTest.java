package com.socialitsm.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

@DatabaseTest
class PeerKudosTest {
    private static final int THREADS = 16;

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private KudosKit kit;
    private IssueRef issue;

    @BeforeEach
    void setUp() {
        kit = new KudosKit(db.store());
        issue = kit.issue("carol", "bob");
    }

    @Test
    void kudosGiveTheReceiverFivePointsAndKeepTheMessage() {
        KudosReceipt outcome = kit.kudos.give("alice", "bob", issue.key(), "Thanks for fixing the VPN!").value();

        assertThat(outcome.id()).isPositive();
        assertThat(outcome.to()).isEqualTo("bob");
        assertThat(outcome.points()).isEqualTo(5);
        assertThat(kit.ledger("bob")).containsExactly("kudos:5");
        assertThat(kit.ledgerSum("alice")).isZero();
        IssueKudos panel = kit.kudos.issueKudos(Optional.of("carol"), issue.key()).orElseThrow();
        assertThat(panel.kudos()).singleElement().satisfies(k -> {
            assertThat(k.from()).isEqualTo("alice");
            assertThat(k.to()).isEqualTo("bob");
            assertThat(k.message()).isEqualTo("Thanks for fixing the VPN!");
            assertThat(k.issueKey()).isEqualTo(issue.key());
        });
        UserProfile profile = kit.kudos.profile(Optional.of("carol"), "bob").orElseThrow();
        assertThat(profile.kudosReceived()).extracting(GivenKudos::message).containsExactly("Thanks for fixing the VPN!");
    }

    @Test
    void kudosWithoutAnIssueAreFine() {
        assertThat(result(kit.kudos.give("alice", "bob", null, "Great teamwork"))).isEqualTo("given");
        assertThat(result(kit.kudos.give("alice", "carol", " ", ""))).isEqualTo("given");
    }

    @Test
    void kudosToOneselfAreRefusedByKeyOrName() {
        assertThat(result(kit.kudos.give("alice", "alice", issue.key(), "me"))).isEqualTo("self_kudos");
        kit.host.addUser("JIRAUSER1");
        assertThat(result(kit.kudos.give("JIRAUSER1", "JIRAUSER1", null, ""))).isEqualTo("self_kudos");
        assertThat(kit.ledgerRows()).isZero();
    }

    @Test
    void kudosToAnUnknownUserAreNotFound() {
        assertThat(result(kit.kudos.give("alice", "nobody", issue.key(), ""))).isEqualTo("not_found");
        assertThat(result(kit.kudos.give("alice", "", issue.key(), ""))).isEqualTo("not_found");
        assertThat(result(kit.kudos.give("alice", null, issue.key(), ""))).isEqualTo("not_found");
    }

    @Test
    void kudosForAHiddenOrMissingIssueAreNotFound() {
        kit.host.restrictIssue(issue, "bob");
        assertThat(result(kit.kudos.give("alice", "bob", issue.key(), ""))).isEqualTo("not_found");
        assertThat(result(kit.kudos.give("alice", "bob", "SD-999999", ""))).isEqualTo("not_found");
        assertThat(db.store().count(KudosEntity.class, "ID > ?", 0)).isZero();
    }

    @Test
    void aMessageMayHaveTwoThousandCharactersAndNoMore() {
        assertThat(result(kit.kudos.give("alice", "bob", null, "x".repeat(2001)))).isEqualTo("bad_request");
        assertThat(result(kit.kudos.give("alice", "bob", null, "x".repeat(2000)))).isEqualTo("given");
    }

    @Test
    void aGiverIsCappedAtTenKudosPerUtcDay() {
        kit.clock.set(Instant.parse("2024-06-12T23:00:00Z"));
        for (int i = 0; i < 10; i++) {
            kit.host.addUser("r" + i);
            assertThat(result(kit.kudos.give("alice", "r" + i, null, "thanks"))).isEqualTo("given");
        }
        assertThat(result(kit.kudos.give("alice", "bob", null, "one more"))).isEqualTo("kudos_cap");
        assertThat(result(kit.kudos.give("carol", "bob", null, "another giver"))).isEqualTo("given");

        kit.clock.set(Instant.parse("2024-06-13T00:00:00Z"));
        assertThat(result(kit.kudos.give("alice", "bob", null, "a new day"))).isEqualTo("given");
    }

    @Test
    void repeatedKudosBetweenTheSamePairWithinSevenDaysAreWorthLessEachTime() {
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            points.add(kit.kudos.give("alice", "bob", null, "again").value().points());
            kit.clock.advance(Duration.ofHours(1));
        }
        assertThat(points).containsExactly(5, 3, 1, 0, 0);
        assertThat(kit.kudos.give("carol", "bob", null, "someone else").value().points()).isEqualTo(5);
        assertThat(kit.kudos.give("bob", "alice", null, "the other way round").value().points()).isEqualTo(5);

        kit.clock.advance(Duration.ofDays(7));
        assertThat(kit.kudos.give("alice", "bob", null, "a week later").value().points()).isEqualTo(5);
    }

    @Test
    void sixteenKudosRacingPastTheCapGiveExactlyTheCap() throws Exception {
        for (int i = 0; i < THREADS; i++) {
            kit.host.addUser("racer" + i);
        }
        List<Object> outcomes = Race.outcomes(THREADS, i -> kit.kudos.give("alice", "racer" + i, null, "race"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.class));
        assertThat(outcomes).filteredOn(o -> result((Outcome<?>) o).equals("given")).hasSize(10);
        assertThat(outcomes).filteredOn(o -> result((Outcome<?>) o).equals("kudos_cap")).hasSize(6);
        assertThat(db.store().count(KudosEntity.class, "GIVER = ?", "alice")).isEqualTo(10);
    }

    @Test
    void theHelpfulPeerHasKudosFromFiveDifferentPeople() {
        for (int i = 0; i < 5; i++) {
            kit.kudos.give("alice", "bob", null, "again and again");
            kit.clock.advance(Duration.ofDays(1));
        }
        assertThat(kit.badges("bob")).doesNotContain(Badge.HELPFUL_PEER);

        for (String giver : List.of("carol", "dave", "erin")) {
            kit.kudos.give(giver, "bob", null, "thanks");
        }
        assertThat(kit.badges("bob")).doesNotContain(Badge.HELPFUL_PEER);
        kit.kudos.give("frank", "bob", null, "thanks");
        assertThat(kit.badges("bob")).containsExactly(Badge.HELPFUL_PEER);
    }

    @Test
    void theIssuePanelSuggestsTheAssigneeAndWhoEarnedOnTheIssueButNeverTheViewer() {
        kit.comment(issue, "alice");
        kit.resolve(issue);

        assertThat(kit.kudos.issueKudos(Optional.of("carol"), issue.key()).orElseThrow().people())
                .extracting(Person::user).containsExactly("bob", "alice");
        assertThat(kit.kudos.issueKudos(Optional.of("bob"), issue.key()).orElseThrow().people())
                .extracting(Person::user).containsExactly("alice");
        kit.host.restrictIssue(issue, "bob");
        assertThat(kit.kudos.issueKudos(Optional.of("carol"), issue.key())).isEmpty();
    }

    /** "given", or the code of the refusal (what REST answers in its error field). */
    private static String result(Outcome<?> outcome) {
        return outcome instanceof Outcome.Refused<?> refused ? refused.refusal().code() : "given";
    }
}
