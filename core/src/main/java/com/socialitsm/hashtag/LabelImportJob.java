package com.socialitsm.hashtag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.host.LabeledIssues;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.Store;

/**
 * The labels-to-hashtags import as a background job: {@link #start} records a new run in SETTING and hands it to the
 * host's executor (never the request thread); the run imports one page of issues at a time through
 * {@link HashtagService#importLabels} (each issue its own transaction, idempotent) and writes its progress after every
 * page, so any node can answer "how far" ({@link #progress}); after each page the host's search index hears of the
 * page's issues that got a tag, once each. One run at a time in the cluster: a start while a run
 * reports is refused; a run silent for {@link #SILENCE} (its node stopped) counts as interrupted and may be started
 * again, and since importing is idempotent a restart only finds the tags already there. Should two nodes start at the
 * same instant, the run whose id is no longer stored stops at its next page.
 */
public final class LabelImportJob {
    static final String SETTING_KEY = "hashtag.import.progress";
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** A running import reports after every page; this long without a report means its node has gone. */
    public static final Duration SILENCE = Duration.ofMinutes(2);
    private static final int MAX_ERROR_LENGTH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(LabelImportJob.class);

    /** The outcome of {@link #start}: the progress, and whether this call started it (false: one is running). */
    public record Start(boolean started, LabelImportProgress progress) {
    }

    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final HashtagService hashtags;
    private final LabeledIssues source;
    private final Executor executor;
    private final int pageSize;

    public LabelImportJob(Store store, Clock clock, Settings settings, HashtagService hashtags, LabeledIssues source,
                          Executor executor, int pageSize) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.settings = Objects.requireNonNull(settings);
        this.hashtags = Objects.requireNonNull(hashtags);
        this.source = Objects.requireNonNull(source);
        this.executor = Objects.requireNonNull(executor);
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.pageSize = pageSize;
    }

    /** The last run's progress as any node sees it now ({@code IDLE} if there never was one). */
    public LabelImportProgress progress() {
        return stored().map(p -> p.seenAt(clock.instant(), SILENCE)).orElse(LabelImportProgress.idle());
    }

    /** Starts importing the project's labels unless a run is going on; the work happens on the host's executor. */
    public Start start(ProjectRef project, LabeledIssues.Origin origin) {
        Objects.requireNonNull(project);
        Objects.requireNonNull(origin);
        long total = source.count(project.id());
        Start start = store.executeInTransaction(() -> {
            LabelImportProgress current = progress();
            if (current.state() == LabelImportProgress.State.RUNNING) {
                return new Start(false, current);
            }
            Instant now = clock.instant();
            LabelImportProgress fresh = new LabelImportProgress(LabelImportProgress.State.RUNNING,
                    UUID.randomUUID().toString(), project.id(), project.key(), origin, 0, total, 0, 0, 0, 0, 0, 0,
                    Optional.empty(), now, now);
            settings.put(SETTING_KEY, fresh.encode());
            return new Start(true, fresh);
        });
        if (start.started()) {
            try {
                executor.execute(() -> run(start.progress().runId()));
            } catch (RejectedExecutionException e) {
                // The host is stopping: say so rather than leave a run that never reports.
                save(start.progress().failed("The import could not be started: the app is stopping.", clock.instant()));
                return new Start(false, progress());
            }
        }
        return start;
    }

    /** Runs the import recorded under {@code runId} to its end, or until another run replaces it. */
    void run(String runId) {
        try {
            while (true) {
                Optional<LabelImportProgress> current = stored().filter(p -> p.runId().equals(runId)
                        && p.state() == LabelImportProgress.State.RUNNING);
                if (current.isEmpty() || Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (importPage(current.get())) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("The labels-to-hashtags import {} failed", runId, e);
            stored().filter(p -> p.runId().equals(runId))
                    .ifPresent(p -> save(p.failed(message(e), clock.instant())));
        }
    }

    /** One page: imports it, records the progress; true when the project is done. */
    private boolean importPage(LabelImportProgress progress) {
        List<LabeledIssues.LabeledIssue> page = source.page(progress.projectId(), progress.origin(),
                progress.after(), pageSize + 1);
        boolean finished = page.size() <= pageSize;
        List<LabeledIssues.LabeledIssue> batch = finished ? page : page.subList(0, pageSize);
        int imported = 0;
        int already = 0;
        int invalid = 0;
        int blocked = 0;
        int errors = 0;
        Optional<String> lastError = Optional.empty();
        List<Long> changedIssues = new ArrayList<>();
        for (LabeledIssues.LabeledIssue issue : batch) {
            if (issue.labels().isEmpty()) {
                continue;
            }
            try {
                LabelImport result = hashtags.importLabelsUnindexed(issue.issueId(), progress.projectId(),
                        issue.labels(), issue.created());
                if (result.imported() > 0) {
                    changedIssues.add(issue.issueId());
                }
                imported += result.imported();
                already += result.alreadyTagged();
                invalid += result.invalid();
                blocked += result.blocked();
            } catch (RuntimeException e) {
                // One issue's failure (rolled back alone) must not stop the import of the others.
                LOG.warn("Could not import the labels of issue {}", issue.issueId(), e);
                errors++;
                lastError = Optional.of("Issue " + issue.issueId() + ": " + message(e));
            }
        }
        // Each issue's transaction has committed: the host's index hears of the page's tagged issues at once.
        hashtags.indexTagsOf(changedIssues);
        long last = batch.isEmpty() ? progress.after() : batch.get(batch.size() - 1).issueId();
        save(progress.plusPage(batch.size(), last, new LabelImport(imported, already, invalid, blocked), errors,
                lastError, finished, clock.instant()));
        return finished;
    }

    private Optional<LabelImportProgress> stored() {
        return settings.get(SETTING_KEY).flatMap(LabelImportProgress::decode);
    }

    private void save(LabelImportProgress progress) {
        settings.put(SETTING_KEY, progress.encode());
    }

    private static String message(RuntimeException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
