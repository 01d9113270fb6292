package com.socialitsm.hashtag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.engine.ChangeOutcome;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

/**
 * Nodes racing on the same tags: issues tagged at the same moment (a tag's first use among them), by the engine and
 * by hand, and rollups on two nodes. Every change lands, the tag gets one HASHTAG row, and every count equals its
 * rows: each change appends its count changes, which one rollup at a time adds up, and readers add what is left.
 */
@DatabaseTest
class HashtagRaceTest {
    private static final int THREADS = 8;

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    @Test
    void racingChangesOfTheSameTagsAllLandWithExactCounts() throws Exception {
        HashtagFixture world = new HashtagFixture(db.store());
        ProjectRef sd = world.host.addProject("SD");
        ProjectRef ops = world.host.addProject("OPS");
        world.create(sd, "#vpn", "");
        for (int round = 0; round < 3; round++) {
            String fresh = "race" + round;
            String manual = "manual" + round;
            List<IssueRef> issues = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                issues.add(world.host.addIssue(i % 2 == 0 ? sd : ops, "#" + fresh + " #vpn", "", "alice"));
            }
            AtomicInteger next = new AtomicInteger();
            List<Object> outcomes = Race.run(THREADS, () -> {
                int i = next.getAndIncrement();
                IssueRef issue = issues.get(i);
                if (i % 4 == 3) {
                    return world.hashtags.addTags("bob", issue.key(), List.of(fresh, "vpn", manual));
                }
                return world.handle(IssueChange.of("race-" + issue.id(), issue, "alice", IssueChange.Kind.CREATED,
                        world.clock.instant()));
            });

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).satisfiesAnyOf(
                    o -> assertThat(o).isEqualTo(ChangeOutcome.APPLIED),
                    o -> assertThat(o).isInstanceOf(Outcome.Done.class)));
            assertThat(issues).allSatisfy(issue -> assertThat(world.tags(issue)).contains(fresh, "vpn"));
            assertThat(db.store().count(HashtagEntity.class, "TAG = ?", fresh)).isEqualTo(1);
            assertThat(world.issueCount(fresh)).isEqualTo(THREADS);
            assertThat(world.issueCount("vpn")).isEqualTo(1 + THREADS * (round + 1));
            world.assertCountsMatchRows();
        }
    }

    @Test
    void countsStayExactWhileTwoNodesRollUpAndChangesRace() throws Exception {
        HashtagFixture world = new HashtagFixture(db.store());
        ProjectRef sd = world.host.addProject("SD");
        List<IssueRef> issues = new ArrayList<>();
        for (int i = 0; i < THREADS * 3; i++) {
            issues.add(world.host.addIssue(sd, "#vpn #outage" + (i % 3), "", "alice"));
        }
        AtomicInteger next = new AtomicInteger();
        List<Object> outcomes = Race.run(THREADS, () -> {
            int i = next.getAndIncrement();
            if (i % 4 == 0) {
                return world.hashtags.countRollup().rollUp();
            }
            int applied = 0;
            for (int j = i; j < issues.size(); j += THREADS) {
                IssueRef issue = issues.get(j);
                world.handle(IssueChange.of("rollup-race-" + issue.id(), issue, "alice", IssueChange.Kind.CREATED,
                        world.clock.instant()));
                applied++;
            }
            return applied;
        });

        assertThat(outcomes).hasSize(THREADS);
        int tagged = (int) issues.stream().filter(issue -> world.tags(issue).contains("vpn")).count();
        assertThat(tagPageCount(world, "vpn")).as("read before the last rollup: counts plus tail").isEqualTo(tagged);
        world.assertCountsMatchRows();
        assertThat(tagPageCount(world, "vpn")).as("read after it").isEqualTo(tagged);
    }

    @Test
    void twoChangesRemovingTheSameTagOfOneIssueCountItOnce() throws Exception {
        HashtagFixture world = new HashtagFixture(db.store());
        ProjectRef sd = world.host.addProject("SD");
        world.create(sd, "#vpn", "");
        IssueRef issue = world.create(sd, "#vpn #outage", "");
        IssueRef edited = world.host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(),
                issue.projectKey(), "no tags now", "", issue.status(), issue.resolved(), issue.assignee(),
                issue.reporter()));
        AtomicInteger next = new AtomicInteger();

        List<Object> outcomes = Race.run(2, () -> world.handle(IssueChange.of("remove-" + next.incrementAndGet(),
                edited, "alice", IssueChange.Kind.UPDATED, world.clock.instant())));

        assertThat(outcomes).containsOnly(ChangeOutcome.APPLIED);
        assertThat(world.tags(issue)).isEmpty();
        assertThat(world.issueCount("vpn")).isEqualTo(1);
        assertThat(world.issueCount("outage")).isZero();
        world.assertCountsMatchRows();
    }

    private static int tagPageCount(HashtagFixture world, String tag) {
        return HashtagFixture.done(world.hashtags.tagPage(java.util.Optional.of("alice"), tag, 5,
                java.util.Optional.empty())).count();
    }
}
