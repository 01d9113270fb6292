package com.socialitsm.hashtag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueRef;
import com.socialitsm.host.LabeledIssues;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** The labels-to-hashtags import as a job: progress in SETTING, pages, one run at a time, restart after a stop. */
@DatabaseTest
class LabelImportJobTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private HashtagFixture world;
    private ProjectRef sd;
    private FakeLabels labels;
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;

    @BeforeEach
    void setUp() {
        world = new HashtagFixture(db.store());
        sd = world.host.addProject("SD");
        labels = new FakeLabels();
    }

    @Test
    void importsEveryPageAndReportsItsProgressAfterEachPage() {
        List<IssueRef> issues = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            IssueRef issue = world.create(sd, "Issue " + i, "");
            issues.add(issue);
            labels.add(issue, i == 3 ? List.of("not a tag", "vpn") : List.of("vpn", "printer"));
        }
        LabelImportJob job = job(later, 3);

        LabelImportJob.Start start = job.start(sd, LabeledIssues.Origin.LABELS);

        assertThat(start.started()).isTrue();
        assertThat(job.progress().state()).isEqualTo(LabelImportProgress.State.RUNNING);
        assertThat(job.progress().total()).isEqualTo(7);
        assertThat(job.progress().done()).isZero();
        assertThat(labels.pagesRead).as("nothing imported on the request thread").isZero();

        queued.remove(0).run();

        LabelImportProgress done = job.progress();
        assertThat(done.state()).isEqualTo(LabelImportProgress.State.DONE);
        assertThat(done.done()).isEqualTo(7);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.imported()).isEqualTo(13);
        assertThat(done.invalid()).isEqualTo(1);
        assertThat(done.projectKey()).isEqualTo("SD");
        assertThat(labels.pagesRead).isEqualTo(3);
        assertThat(world.tags(issues.get(0))).containsExactlyInAnyOrder("vpn", "printer");
        assertThat(world.tags(issues.get(3))).containsExactly("vpn");
    }

    @Test
    void aSecondStartWhileOneRunsIsRefusedAndAStalledRunMayBeRestarted() {
        IssueRef issue = world.create(sd, "Issue", "");
        labels.add(issue, List.of("vpn"));
        LabelImportJob job = job(later, 10);
        job.start(sd, LabeledIssues.Origin.LABELS);

        LabelImportJob.Start again = job.start(sd, LabeledIssues.Origin.LABELS);
        assertThat(again.started()).isFalse();
        assertThat(queued).hasSize(1);

        // The first run's node stops before it reports: after the silence the import may start again.
        queued.clear();
        world.clock.advance(LabelImportJob.SILENCE.plus(Duration.ofSeconds(1)));
        assertThat(job.progress().state()).isEqualTo(LabelImportProgress.State.INTERRUPTED);
        LabelImportJob.Start restarted = job.start(sd, LabeledIssues.Origin.LABELS);
        assertThat(restarted.started()).isTrue();
        queued.remove(0).run();
        assertThat(job.progress().state()).isEqualTo(LabelImportProgress.State.DONE);
        assertThat(world.tags(issue)).containsExactly("vpn");
    }

    @Test
    void aRunOnTheCallersExecutorFinishesAndARunReplacedByAnotherStops() {
        IssueRef issue = world.create(sd, "First", "");
        labels.add(issue, List.of("vpn"));
        LabelImportJob job = job(Runnable::run, 10);

        assertThat(job.start(sd, LabeledIssues.Origin.LABELS).progress().state())
                .isEqualTo(LabelImportProgress.State.RUNNING);
        assertThat(job.progress().state()).isEqualTo(LabelImportProgress.State.DONE);

        // Two nodes started at once: the run whose id is no longer stored reads nothing and changes nothing.
        LabelImportJob queuedJob = job(later, 10);
        String replaced = queuedJob.start(sd, LabeledIssues.Origin.LABELS).progress().runId();
        db.store().executeInTransaction(() -> {
            world.app.settings().put(LabelImportJob.SETTING_KEY,
                    queuedJob.progress().with(LabelImportProgress.State.DONE).encode());
            return null;
        });
        int pagesBefore = labels.pagesRead;
        queuedJob.run(replaced + "-other");
        queuedJob.run(replaced);
        assertThat(labels.pagesRead).isEqualTo(pagesBefore);
    }

    private LabelImportJob job(Executor executor, int pageSize) {
        return new LabelImportJob(db.store(), world.clock, world.app.settings(), world.hashtags, labels, executor,
                pageSize);
    }

    /** Labels kept in memory, one list per issue; counts the pages read. */
    private final class FakeLabels implements LabeledIssues {
        final List<LabeledIssue> issues = new ArrayList<>();
        int pagesRead;

        void add(IssueRef issue, List<String> names) {
            issues.add(new LabeledIssue(issue.id(), Instant.parse("2026-01-01T00:00:00Z"), names));
        }

        @Override
        public long count(long projectId) {
            return issues.size();
        }

        @Override
        public List<LabeledIssue> page(long projectId, Origin origin, long afterIssueId, int limit) {
            pagesRead++;
            return issues.stream().filter(i -> i.issueId() > afterIssueId).limit(limit).toList();
        }
    }
}
