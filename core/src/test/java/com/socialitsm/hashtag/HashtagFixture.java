package com.socialitsm.hashtag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import net.java.ao.Query;

import com.socialitsm.app.SocialApp;
import com.socialitsm.engine.ChangeOutcome;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.IssueTagIndex;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.store.HashtagDayEntity;
import com.socialitsm.store.HashtagDeltaEntity;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.HashtagProjectEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.SqlCounter;

/**
 * A small world for hashtag tests: an in-memory host, a clock the test moves, the app on the test database, and
 * issue changes sent through the engine as a host would.
 */
final class HashtagFixture {
    static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

    final InMemoryHost host = new InMemoryHost();
    final MutableClock clock = new MutableClock(START);
    final SocialApp app;
    final Store store;
    final HashtagService hashtags;
    private final AtomicInteger changes = new AtomicInteger();

    HashtagFixture(Store store) {
        this(store, IssueTagIndex.NONE, Runnable::run);
    }

    /** With a host search index of issue tags and the executor of its writes for many issues. */
    HashtagFixture(Store store, IssueTagIndex tagIndex, Executor indexLater) {
        this.store = store;
        this.app = new SocialApp(store, clock, host, host, host, tagIndex, indexLater);
        this.hashtags = app.hashtags();
        host.addUser("alice");
        host.addUser("bob");
        host.addUser("carol");
        host.addUser("dave");
        host.addUser("admin");
        host.makeAdmin("admin");
    }

    IssueRef create(ProjectRef project, String summary, String description) {
        IssueRef issue = host.addIssue(project, summary, description, "alice");
        handle(IssueChange.of(nextChangeId(), issue, "alice", IssueChange.Kind.CREATED, clock.instant()));
        return issue;
    }

    IssueRef update(IssueRef issue, String summary, String description) {
        IssueRef updated = host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(),
                summary, description, issue.status(), issue.resolved(), issue.assignee(), issue.reporter()));
        handle(IssueChange.of(nextChangeId(), updated, "alice", IssueChange.Kind.UPDATED, clock.instant()));
        return updated;
    }

    void comment(IssueRef issue, String body) {
        handle(IssueChange.of(nextChangeId(), issue, "bob", IssueChange.Kind.COMMENTED, clock.instant())
                .withComment(body));
    }

    void delete(IssueRef issue) {
        host.remove(issue);
        handle(IssueChange.of(nextChangeId(), issue, "alice", IssueChange.Kind.DELETED, clock.instant()));
    }

    /**
     * Edits the issue's text and runs only the hashtag step of the engine on it, in a transaction, returning the
     * statements that step sent: what the tagging of one change costs, without the later features' work.
     */
    int hashtagStepStatements(SqlCounter sql, IssueRef issue, String summary, String description) {
        IssueRef updated = host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(),
                summary, description, issue.status(), issue.resolved(), issue.assignee(), issue.reporter()));
        IssueChange change = IssueChange.of(nextChangeId(), updated, "alice", IssueChange.Kind.UPDATED,
                clock.instant());
        return sql.countDuring(() -> store.executeInTransaction(() -> {
            new HashtagHandler(hashtags).onIssueChange(change);
            return null;
        }));
    }

    ChangeOutcome handle(IssueChange change) {
        return app.engine().handle(change);
    }

    String nextChangeId() {
        return "change-" + changes.incrementAndGet();
    }

    /** The issue's tags with their stored source (text, comment, manual), in order. */
    Map<String, String> sources(IssueRef issue) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class,
                Query.select().where("ISSUE_ID = ?", issue.id()).order("ID"))) {
            tags.put(row.getTag(), row.getSource());
        }
        return tags;
    }

    List<String> tags(IssueRef issue) {
        return List.copyOf(sources(issue).keySet());
    }

    /**
     * Rolls the tag counts up (the hosts' rollup job) as it would run once every gap in the delta ids is old enough to
     * pass (ids are not reset between tests, nor after a lost race); returns how many count changes it added.
     */
    int rollUp() {
        Instant now = clock.instant();
        clock.advance(TagCountRollup.GAP_GRACE.plusSeconds(1));
        try {
            return hashtags.countRollup().rollUp();
        } finally {
            clock.set(now);
        }
    }

    /** HASHTAG.ISSUE_COUNT after a rollup. */
    int issueCount(String tag) {
        rollUp();
        HashtagEntity[] rows = store.find(HashtagEntity.class, "TAG = ?", tag);
        return rows.length == 0 ? -1 : rows[0].getIssueCount();
    }

    Optional<HashtagEntity> hashtag(String tag) {
        HashtagEntity[] rows = store.find(HashtagEntity.class, "TAG = ?", tag);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** HASHTAG_DAY as "tag|project|day" → uses, after a rollup. */
    Map<String, Integer> dayCounts() {
        rollUp();
        Map<String, Integer> days = new HashMap<>();
        for (HashtagDayEntity row : store.find(HashtagDayEntity.class, Query.select())) {
            days.put(row.getDayKey(), row.getUses());
        }
        return days;
    }

    static String dayKey(String tag, ProjectRef project, Instant at) {
        return tag + "|" + project.id() + "|" + Math.floorDiv(at.toEpochMilli(), 86_400_000L);
    }

    /**
     * Every denormalized count equals what the ISSUE_HASHTAG rows say: HASHTAG.ISSUE_COUNT, HASHTAG_PROJECT and
     * HASHTAG_DAY (no row for an empty bucket).
     */
    void assertCountsMatchRows() {
        rollUp();
        assertThat(store.count(HashtagDeltaEntity.class, "ID > ?", 0)).as("count changes left after the rollup").isZero();
        Map<String, Integer> perTag = new HashMap<>();
        Map<String, Integer> perProject = new HashMap<>();
        Map<String, Integer> perDay = new HashMap<>();
        for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class, Query.select())) {
            perTag.merge(row.getTag(), 1, Integer::sum);
            perProject.merge(row.getTag() + "|" + row.getProjectId(), 1, Integer::sum);
            perDay.merge(row.getTag() + "|" + row.getProjectId() + "|"
                    + Math.floorDiv(row.getTaggedAt(), 86_400_000L), 1, Integer::sum);
        }
        for (HashtagEntity tag : store.find(HashtagEntity.class, Query.select())) {
            assertThat(tag.getIssueCount()).as("ISSUE_COUNT of " + tag.getTag())
                    .isEqualTo(perTag.getOrDefault(tag.getTag(), 0));
        }
        assertThat(perTag.keySet()).as("every tag on an issue has a HASHTAG row")
                .allSatisfy(tag -> assertThat(hashtag(tag)).isPresent());
        Map<String, Integer> projects = new HashMap<>();
        for (HashtagProjectEntity row : store.find(HashtagProjectEntity.class, Query.select())) {
            projects.put(row.getTagProjectKey(), row.getIssueCount());
        }
        assertThat(projects).as("HASHTAG_PROJECT").isEqualTo(perProject);
        assertThat(dayCounts()).as("HASHTAG_DAY").isEqualTo(perDay);
    }

    /** The value of an outcome that must be done. */
    static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).value();
    }

}
