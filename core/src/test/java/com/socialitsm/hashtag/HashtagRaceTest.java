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
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

/**
 * Nodes racing on the same tags: issues tagged at the same moment (a tag's first use among them), by the engine and
 * by hand. Every change lands, the tag gets one HASHTAG row, and every count equals its rows — the recount runs under
 * the tag's row lock, so no racer's count is lost.
 */
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
}
