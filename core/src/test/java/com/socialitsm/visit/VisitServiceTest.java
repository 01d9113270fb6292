package com.socialitsm.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import net.java.ao.Query;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.kudos.Badge;
import com.socialitsm.kudos.DeskVisitRules;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/** Desk visits: logged by the assignee, worth points only once the reporter confirms, within the rule's bounds. */
@DatabaseTest
class VisitServiceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-12T10:00:00Z"));
    private final InMemoryHost host = new InMemoryHost();
    private SocialApp app;
    private VisitService visits;
    private ProjectRef sd;

    @BeforeEach
    void setUp() {
        app = new SocialApp(db.store(), clock, host, host, host);
        visits = app.visits();
        sd = host.addProject("SD");
        for (String user : List.of("alice", "bob", "carol")) {
            host.addUser(user);
        }
    }

    @Test
    void aVisitIsPendingUntilTheReporterConfirmsItAndOnlyThenEarnsPointsAndAnActivity() {
        IssueRef issue = issue("alice", "bob");

        DeskVisit pending = done(visits.log("bob", issue.key(), "Swapped the docking station"));
        assertThat(pending.state()).isEqualTo(VisitState.PENDING);
        assertThat(points("bob")).isZero();
        assertThat(visitActivities()).isZero();

        DeskVisit confirmed = done(visits.confirm("alice", pending.id()));
        assertThat(confirmed.state()).isEqualTo(VisitState.CONFIRMED);
        assertThat(confirmed.points()).isEqualTo(10);
        assertThat(points("bob")).isEqualTo(10);
        assertThat(visitActivities()).isEqualTo(1);
    }

    @Test
    void confirmingTwiceAnswersTheSameAndAwardsOnce() {
        DeskVisit visit = done(visits.log("bob", issue("alice", "bob").key(), null));

        DeskVisit first = done(visits.confirm("alice", visit.id()));
        DeskVisit second = done(visits.confirm("alice", visit.id()));

        assertThat(second).isEqualTo(first);
        assertThat(points("bob")).isEqualTo(10);
        assertThat(db.store().count(PointsEntryEntity.class, "USER_KEY = ?", "bob")).isEqualTo(1);
        assertThat(visitActivities()).isEqualTo(1);
    }

    @Test
    void onlyTheAssigneeLogsAndOnlyTheReporterConfirms() {
        IssueRef issue = issue("alice", "bob");
        assertThat(problem(visits.log("carol", issue.key(), ""))).isEqualTo(Problem.FORBIDDEN);
        assertThat(problem(visits.log("alice", issue.key(), ""))).isEqualTo(Problem.FORBIDDEN);

        DeskVisit visit = done(visits.log("bob", issue.key(), ""));
        assertThat(problem(visits.confirm("bob", visit.id()))).isEqualTo(Problem.FORBIDDEN);
        assertThat(problem(visits.confirm("carol", visit.id()))).isEqualTo(Problem.FORBIDDEN);
        assertThat(points("bob")).isZero();
    }

    @Test
    void hiddenAndMissingIssuesAndVisitsAreNotFoundAndLongNotesAreInvalid() {
        IssueRef issue = issue("alice", "bob");
        host.restrictIssue(issue, "alice");

        assertThat(problem(visits.log("bob", issue.key(), ""))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problem(visits.log("bob", "SD-999", ""))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problem(visits.confirm("alice", 999))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problem(visits.log("bob", issue("alice", "bob").key(), "x".repeat(VisitService.MAX_NOTE + 1))))
                .isEqualTo(Problem.INVALID);
        assertThat(visits.log("bob", issue("alice", "bob").key(), "x".repeat(VisitService.MAX_NOTE)).isDone())
                .isTrue();
    }

    @Test
    void aSelfReportedIssueEarnsNothingWhenConfirmed() {
        DeskVisit visit = done(visits.log("bob", issue("bob", "bob").key(), ""));

        DeskVisit confirmed = done(visits.confirm("bob", visit.id()));

        assertThat(confirmed.state()).isEqualTo(VisitState.CONFIRMED);
        assertThat(confirmed.points()).isZero();
        assertThat(points("bob")).isZero();
    }

    @Test
    void pointsStopAtTheDailyCapAndCountAgainTheNextDay() {
        app.kudos().updateDeskVisitRules(new DeskVisitRules(7, 2));
        List<Integer> earned = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            earned.add(confirmedVisit().points());
        }
        assertThat(earned).containsExactly(7, 7, 0);

        clock.advance(Duration.ofDays(1));
        assertThat(confirmedVisit().points()).isEqualTo(7);
        assertThat(points("bob")).isEqualTo(21);
    }

    @Test
    void tenConfirmedVisitsEarnTheDeskVisitorBadge() {
        app.kudos().updateDeskVisitRules(new DeskVisitRules(10, 100));
        for (int i = 0; i < 9; i++) {
            confirmedVisit();
        }
        assertThat(badges("bob")).doesNotContain(Badge.DESK_VISITOR);

        confirmedVisit();
        assertThat(badges("bob")).contains(Badge.DESK_VISITOR);
    }

    private DeskVisit confirmedVisit() {
        DeskVisit visit = done(visits.log("bob", issue("alice", "bob").key(), ""));
        return done(visits.confirm("alice", visit.id()));
    }

    private IssueRef issue(String reporter, String assignee) {
        IssueRef issue = host.addIssue(sd, "Printer jammed", "", reporter);
        return host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(),
                issue.summary(), issue.description(), "Open", false, Optional.of(assignee), issue.reporter()));
    }

    private int points(String user) {
        int sum = 0;
        for (PointsEntryEntity row : db.store().find(PointsEntryEntity.class,
                Query.select().where("USER_KEY = ?", user))) {
            sum += row.getPoints();
        }
        return sum;
    }

    private List<Badge> badges(String user) {
        return app.kudos().profile(Optional.of(user), user).orElseThrow().badges().stream()
                .map(b -> b.badge()).toList();
    }

    private int visitActivities() {
        return db.store().count(ActivityEntity.class, "VERB = ?", "visited");
    }

    private static <T> T done(Outcome<T> outcome) {
        assertThat(outcome.isDone()).as("%s", outcome).isTrue();
        return outcome.value();
    }

    private static Problem problem(Outcome<?> outcome) {
        return ((Outcome.Refused<?>) outcome).refusal().problem();
    }
}
