package com.socialitsm.hashtag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import net.java.ao.Query;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.HistoricIssues;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * "Tag existing issues" on the test database: tags and counts dated by the texts, no activity or points, one run at
 * a time, resumption after a node stops, idempotence, a pace between pages, and linear work on a huge text.
 */
@DatabaseTest
class BackfillJobTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();
    private static final Instant LONG_AGO = Instant.parse("2026-02-01T09:00:00Z");

    private HashtagFixture world;
    private ProjectRef sd;
    private FakeHistory history;
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;
    private final List<Duration> pauses = new ArrayList<>();

    @BeforeEach
    void setUp() {
        world = new HashtagFixture(db.store());
        sd = world.host.addProject("SD");
        history = new FakeHistory();
    }

    @Test
    void tagsEveryIssueFromItsTextsDatedByTheTextsWithoutActivityOrPoints() {
        IssueRef vpn = world.host.addIssue(sd, "VPN drops #vpn", "since the update #Outage", "alice");
        IssueRef printer = world.host.addIssue(sd, "Printer jam", "no tag here", "alice");
        Instant commented = LONG_AGO.plus(Duration.ofDays(3));
        history.add(vpn, LONG_AGO, new HistoricIssues.DatedText("again #vpn and now #printer", commented));
        history.add(printer, LONG_AGO.plus(Duration.ofDays(1)));
        BackfillJob job = job(Runnable::run, 10);

        BackfillJob.Start start = job.start(false);

        assertThat(start.started()).isTrue();
        BackfillProgress done = job.progress();
        assertThat(done.state()).isEqualTo(BackfillProgress.State.DONE);
        assertThat(done.done()).isEqualTo(2);
        assertThat(done.tagged()).isEqualTo(1);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.finishedAt()).isPresent();
        assertThat(world.sources(vpn)).containsExactlyInAnyOrderEntriesOf(
                Map.of("vpn", "comment", "outage", "text", "printer", "comment"));
        assertThat(world.tags(printer)).isEmpty();
        assertThat(world.dayCounts()).containsOnlyKeys(HashtagFixture.dayKey("vpn", sd, LONG_AGO),
                HashtagFixture.dayKey("outage", sd, LONG_AGO), HashtagFixture.dayKey("printer", sd, commented));
        assertThat(world.hashtag("printer").orElseThrow().getCreatedAt()).isEqualTo(commented.toEpochMilli());
        world.assertCountsMatchRows();
        assertThat(db.store().count(ActivityEntity.class, Query.select())).as("no activity for the past").isZero();
        assertThat(db.store().count(FeedItemEntity.class, Query.select())).isZero();
        assertThat(db.store().count(PointsEntryEntity.class, Query.select())).as("no points for the past").isZero();
    }

    @Test
    void aSecondRunFindsEverythingTaggedAndKeepsTagsTheEngineOrAHandAdded() {
        IssueRef issue = world.create(sd, "Mail bounces #email", "");
        world.hashtags.addTags("alice", issue.key(), List.of("urgent"));
        history.add(issue, LONG_AGO, new HistoricIssues.DatedText("#email #smtp", LONG_AGO));
        BackfillJob job = job(Runnable::run, 10);

        job.start(true);
        Map<String, String> first = world.sources(issue);
        Map<String, Integer> firstDays = world.dayCounts();
        job.start(true);

        assertThat(job.progress().state()).isEqualTo(BackfillProgress.State.DONE);
        assertThat(job.progress().tagged()).as("nothing new the second time").isZero();
        assertThat(world.sources(issue)).isEqualTo(first)
                .containsEntry("urgent", "manual").containsEntry("email", "comment").containsEntry("smtp", "comment");
        assertThat(world.dayCounts()).isEqualTo(firstDays);
        world.assertCountsMatchRows();
    }

    @Test
    void labelsAndComponentsBecomeManualTagsWhenAsked() {
        IssueRef issue = world.host.addIssue(sd, "Laptop", "", "alice");
        history.issues.add(new HistoricIssues.HistoricIssue(issue.id(), sd.id(), LONG_AGO, "Laptop", "", List.of(),
                List.of("hardware", "not a tag")));
        job(Runnable::run, 10).start(false);
        assertThat(world.tags(issue)).isEmpty();

        job(Runnable::run, 10).start(true);
        assertThat(world.sources(issue)).containsExactly(Map.entry("hardware", "manual"));
    }

    @Test
    void oneRunAtATimeAndARunWhoseNodeDiedResumesWhereItStopped() {
        List<IssueRef> issues = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            IssueRef issue = world.host.addIssue(sd, "Issue " + i + " #t" + i, "", "alice");
            issues.add(issue);
            history.add(issue, LONG_AGO.plus(Duration.ofHours(i)));
        }
        BackfillJob job = job(later, 3);
        assertThat(job.start(false).started()).isTrue();
        assertThat(history.pagesAfter).as("nothing read on the request thread").isEmpty();
        assertThat(job.start(false).started()).as("a second start while one runs").isFalse();

        // The node stops in the middle of its second page: the first page was reported, the second was not.
        history.dieOnPage = 2;
        Runnable firstRun = queued.remove(0);
        assertThatThrownBy(firstRun::run).isInstanceOf(NodeDied.class);
        assertThat(job.progress().state()).isEqualTo(BackfillProgress.State.RUNNING);
        assertThat(job.progress().done()).isEqualTo(3);
        world.clock.advance(LabelImportJob.SILENCE.plus(Duration.ofSeconds(1)));
        assertThat(job.progress().state()).isEqualTo(BackfillProgress.State.INTERRUPTED);

        history.dieOnPage = 0;
        BackfillJob.Start resumed = job.start(false);
        assertThat(resumed.started()).isTrue();
        assertThat(resumed.progress().done()).isEqualTo(3);
        queued.remove(0).run();

        BackfillProgress done = job.progress();
        assertThat(done.state()).isEqualTo(BackfillProgress.State.DONE);
        assertThat(done.done()).isEqualTo(7);
        assertThat(done.tagged()).isEqualTo(7);
        assertThat(history.pagesAfter).as("the resumed run starts after the last reported issue")
                .containsExactly(0L, issues.get(2).id(), issues.get(2).id(), issues.get(5).id());
        for (int i = 0; i < 7; i++) {
            assertThat(world.tags(issues.get(i))).containsExactly("t" + i);
        }
        world.assertCountsMatchRows();
    }

    @Test
    void theRunKeepsTheAdministratorsPaceBetweenPages() {
        for (int i = 0; i < 5; i++) {
            history.add(world.host.addIssue(sd, "Issue " + i, "", "alice"), LONG_AGO);
        }
        BackfillJob job = job(Runnable::run, 2);
        assertThat(job.issuesPerSecond()).isEqualTo(BackfillJob.DEFAULT_ISSUES_PER_SECOND);
        db.store().executeInTransaction(() -> {
            job.setIssuesPerSecond(4);
            return null;
        });

        job.start(false);

        // Two pages of two issues are followed by a pause of half a second each; the last page needs none.
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThatThrownBy(() -> job.setIssuesPerSecond(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMegabyteOfMarkupIsTaggedInLinearTime() {
        StringBuilder text = new StringBuilder();
        int block = 0;
        while (text.length() < 1_000_000) {
            text.append("{code}#notatag [").append(block).append("]{code} see [link|http://x/#anchor] {{#mono}} ")
                    .append("{noformat}#nope{noformat} *bold* _it_ #tag").append(block % 50).append(' ');
            block++;
        }
        IssueRef issue = world.host.addIssue(sd, "Huge", "", "alice");
        history.add(issue, LONG_AGO, new HistoricIssues.DatedText(text.toString(), LONG_AGO));
        BackfillJob job = job(Runnable::run, 10);

        long started = System.nanoTime();
        job.start(false);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(job.progress().state()).isEqualTo(BackfillProgress.State.DONE);
        assertThat(world.tags(issue)).hasSize(50).doesNotContain("notatag", "anchor", "mono", "nope");
        // Quadratic work on 1 MB would take minutes; linear work takes well under a second.
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    /**
     * The throughput invariant: a page is one transaction with one recount, so its statements do not grow with its
     * issues (10 or 200, each with three comments and a tag of its own plus shared ones). Up to {@code InList.CHUNK}
     * (500) tags, tag rows and count buckets per page; each 500 more costs one statement more.
     */
    @Test
    void aPageOfIssuesCostsTheSameStatementsWhateverItsSize() {
        int small = statementsToTag(page(10, 0));
        List<HistoricIssues.HistoricIssue> largePage = page(200, 10);
        int large = statementsToTag(largePage);

        // Read the page's tag rows, resolve its tags, create the new ones, insert the rows, one batch of deltas.
        assertThat(large).isEqualTo(small).isEqualTo(5);
        assertThat(statementsToTag(largePage)).as("a second run reads, finds everything, writes nothing").isEqualTo(2);
        world.assertCountsMatchRows();
    }

    private List<HistoricIssues.HistoricIssue> page(int issues, int offset) {
        List<HistoricIssues.HistoricIssue> page = new ArrayList<>();
        for (int i = offset; i < offset + issues; i++) {
            IssueRef issue = world.host.addIssue(sd, "Issue " + i + " #own" + i, "about #vpn", "alice");
            page.add(new HistoricIssues.HistoricIssue(issue.id(), sd.id(), LONG_AGO, issue.summary(),
                    issue.description(), List.of(new HistoricIssues.DatedText(i % 10 == 0 ? "#outage here" : "",
                            LONG_AGO.plusSeconds(i)),
                    new HistoricIssues.DatedText("no tag", LONG_AGO), new HistoricIssues.DatedText("#vpn #Own" + i,
                            LONG_AGO.plusSeconds(60))), List.of()));
        }
        return page;
    }

    private int statementsToTag(List<HistoricIssues.HistoricIssue> page) {
        return db.sql().countDuring(() -> world.hashtags.tagPageFromHistory(page, false));
    }

    private BackfillJob job(Executor executor, int pageSize) {
        return new BackfillJob(db.store(), world.clock, world.app.settings(), world.app.features(), world.hashtags,
                history, executor, pauses::add, pageSize);
    }

    /** Stands for a node that stops mid-page: not an exception the run could catch and record. */
    private static final class NodeDied extends Error {
    }

    /** Existing issues kept in memory; records where each page started and can stop the node on a given page. */
    private final class FakeHistory implements HistoricIssues {
        final List<HistoricIssue> issues = new ArrayList<>();
        final List<Long> pagesAfter = new ArrayList<>();
        int dieOnPage;

        void add(IssueRef issue, Instant created, DatedText... comments) {
            issues.add(new HistoricIssue(issue.id(), issue.projectId(), created, issue.summary(), issue.description(),
                    List.of(comments), List.of()));
        }

        @Override
        public long count() {
            return issues.size();
        }

        @Override
        public List<HistoricIssue> page(long afterIssueId, int limit, boolean withLabels) {
            pagesAfter.add(afterIssueId);
            if (pagesAfter.size() == dieOnPage) {
                throw new NodeDied();
            }
            return issues.stream().filter(i -> i.issueId() > afterIssueId).limit(limit)
                    .map(i -> withLabels ? i : new HistoricIssue(i.issueId(), i.projectId(), i.created(), i.summary(),
                            i.description(), i.comments(), List.of()))
                    .toList();
        }
    }
}
