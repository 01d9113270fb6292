package com.socialitsm.hashtag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.host.HistoricIssues;
import com.socialitsm.settings.Feature;
import com.socialitsm.settings.ProjectFeatures;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.Store;

/**
 * "Tag existing issues": tags every issue the host held before the app was installed, from its summary, description
 * and comments, each tag dated by the text it came from (so trending has a baseline from day one), optionally also
 * importing labels and components. It records no activity, feed items or points: the past is not news.
 *
 * <p>Built like {@link LabelImportJob}: {@link #start} records a run in SETTING and hands it to the host's executor
 * (one thread, so the backfill takes one core at most); the run reads one page of issues at a time, tags the whole
 * page in one transaction with one recount (the statements of a page do not grow with its issues, see
 * {@link IssueTagging#tagPageFromHistory}), tells the host's search index of the page's tagged issues after it
 * commits, and writes its progress after every page, so any node answers "how far". One run in the
 * cluster: a start while a run reports is refused. A run silent for {@link LabelImportJob#SILENCE} (its node stopped)
 * shows as interrupted, and the next start resumes it after the last issue it reported; tagging is idempotent, so the
 * page it was on when it stopped is simply tagged again. The run paces itself to the administrator's
 * {@link #RATE_KEY issues per second} between pages.
 */
public final class BackfillJob {
    static final String SETTING_KEY = "hashtag.backfill.progress";
    /** The administrator's pace, in issues per second. */
    public static final String RATE_KEY = "hashtag.backfill.issuesPerSecond";
    /**
     * Fast enough for the budget (1 M issues in under 10 minutes) on one thread, slow enough that the pauses keep
     * the database's share of the second core for Jira's own requests.
     */
    public static final int DEFAULT_ISSUES_PER_SECOND = 2_000;
    public static final int MAX_ISSUES_PER_SECOND = 100_000;
    public static final int DEFAULT_PAGE_SIZE = 200;
    private static final int MAX_ERROR_LENGTH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(BackfillJob.class);

    /** The outcome of {@link #start}: the progress, and whether this call started it (false: one is running). */
    public record Start(boolean started, BackfillProgress progress) {
    }

    /** How the run waits between pages to keep to its pace (tests pass one that does not sleep). */
    @FunctionalInterface
    public interface Pause {
        Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final ProjectFeatures features;
    private final HashtagService hashtags;
    private final HistoricIssues source;
    private final Executor executor;
    private final Pause pause;
    private final int pageSize;

    public BackfillJob(Store store, Clock clock, Settings settings, ProjectFeatures features, HashtagService hashtags,
                       HistoricIssues source, Executor executor, Pause pause, int pageSize) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.settings = Objects.requireNonNull(settings);
        this.features = Objects.requireNonNull(features);
        this.hashtags = Objects.requireNonNull(hashtags);
        this.source = Objects.requireNonNull(source);
        this.executor = Objects.requireNonNull(executor);
        this.pause = Objects.requireNonNull(pause);
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.pageSize = pageSize;
    }

    /** The last run's progress as any node sees it now ({@code IDLE} if there never was one). */
    public BackfillProgress progress() {
        return stored().map(p -> p.seenAt(clock.instant(), LabelImportJob.SILENCE)).orElse(BackfillProgress.idle());
    }

    /** The administrator's pace (issues per second), or the default. */
    public int issuesPerSecond() {
        return settings.get(RATE_KEY).flatMap(BackfillJob::parseRate).orElse(DEFAULT_ISSUES_PER_SECOND);
    }

    /** Sets the pace, 1 to {@link #MAX_ISSUES_PER_SECOND} issues per second; a running backfill takes it at its next page. */
    public void setIssuesPerSecond(int issuesPerSecond) {
        if (issuesPerSecond < 1 || issuesPerSecond > MAX_ISSUES_PER_SECOND) {
            throw new IllegalArgumentException("issuesPerSecond must be 1 to " + MAX_ISSUES_PER_SECOND);
        }
        settings.put(RATE_KEY, Integer.toString(issuesPerSecond));
    }

    /**
     * Starts the backfill unless one is running: resumes an interrupted or failed run where it stopped (keeping its
     * choice of labels), starts over otherwise. The work happens on the host's executor.
     */
    public Start start(boolean withLabels) {
        long total = source.count();
        Start start = store.executeInTransaction(() -> {
            BackfillProgress current = progress();
            if (current.state() == BackfillProgress.State.RUNNING) {
                return new Start(false, current);
            }
            String runId = UUID.randomUUID().toString();
            Instant now = clock.instant();
            BackfillProgress fresh = current.resumable() ? current.resumed(runId, total, now)
                    : BackfillProgress.started(runId, withLabels, total, now);
            save(fresh);
            return new Start(true, fresh);
        });
        if (start.started()) {
            try {
                executor.execute(() -> run(start.progress().runId()));
            } catch (RejectedExecutionException e) {
                // The host is stopping: say so rather than leave a run that never reports.
                save(start.progress().failed("The backfill could not be started: the app is stopping.",
                        clock.instant()));
                return new Start(false, progress());
            }
        }
        return start;
    }

    /** Runs the backfill recorded under {@code runId} to its end, or until another run replaces it. */
    void run(String runId) {
        try {
            while (true) {
                Optional<BackfillProgress> current = stored().filter(p -> p.runId().equals(runId)
                        && p.state() == BackfillProgress.State.RUNNING);
                if (current.isEmpty() || Thread.currentThread().isInterrupted()) {
                    return;
                }
                long pageStarted = clock.millis();
                int issues = tagPage(current.get());
                if (issues < 0) {
                    return;
                }
                keepPace(issues, clock.millis() - pageStarted);
            }
        } catch (InterruptedException e) {
            // The host is stopping: the run stays "running" until it goes silent, then resumes from its last page.
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The backfill {} failed", runId, e);
            stored().filter(p -> p.runId().equals(runId)).ifPresent(p -> save(p.failed(message(e), clock.instant())));
        }
    }

    /**
     * One page: tags it in one transaction ({@link HashtagService#tagPageFromHistory}), records the progress; the
     * number of issues read, or -1 when every issue is done. Should the page fail, its issues are tagged again one by
     * one, so that one issue's failure (rolled back alone) does not stop the others.
     */
    private int tagPage(BackfillProgress progress) {
        List<HistoricIssues.HistoricIssue> page = source.page(progress.after(), pageSize + 1, progress.labels());
        boolean finished = page.size() <= pageSize;
        List<HistoricIssues.HistoricIssue> batch = finished ? page : page.subList(0, pageSize);
        Map<Long, Set<Feature>> off = features.allOff();
        List<HistoricIssues.HistoricIssue> taggable = batch.stream()
                .filter(issue -> !off.getOrDefault(issue.projectId(), Set.of()).contains(Feature.HASHTAGS)).toList();
        long tagged;
        int errors = 0;
        Optional<String> lastError = Optional.empty();
        try {
            tagged = hashtags.tagPageFromHistory(taggable, progress.labels()).size();
        } catch (RuntimeException pageFailed) {
            tagged = 0;
            for (HistoricIssues.HistoricIssue issue : taggable) {
                try {
                    tagged += hashtags.tagPageFromHistory(List.of(issue), progress.labels()).size();
                } catch (RuntimeException e) {
                    LOG.warn("Could not tag the existing issue {}", issue.issueId(), e);
                    errors++;
                    lastError = Optional.of("Issue " + issue.issueId() + ": " + message(e));
                }
            }
        }
        long last = batch.isEmpty() ? progress.after() : batch.get(batch.size() - 1).issueId();
        save(progress.plusPage(batch.size(), last, tagged, errors, lastError, finished, clock.instant()));
        return finished ? -1 : batch.size();
    }

    /** Waits for what is left of the time this many issues may take at the administrator's pace. */
    private void keepPace(int issues, long elapsedMillis) throws InterruptedException {
        long budgetMillis = issues * 1000L / issuesPerSecond();
        if (budgetMillis > elapsedMillis) {
            pause.sleep(Duration.ofMillis(budgetMillis - elapsedMillis));
        }
    }

    private Optional<BackfillProgress> stored() {
        return settings.get(SETTING_KEY).flatMap(BackfillProgress::decode);
    }

    private void save(BackfillProgress progress) {
        settings.put(SETTING_KEY, progress.encode());
    }

    private static Optional<Integer> parseRate(String value) {
        try {
            int rate = Integer.parseInt(value.trim());
            return rate >= 1 && rate <= MAX_ISSUES_PER_SECOND ? Optional.of(rate) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String message(RuntimeException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
