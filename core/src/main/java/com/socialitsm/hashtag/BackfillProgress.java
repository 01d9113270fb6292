package com.socialitsm.hashtag;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How far the backfill ("tag existing issues") has come, as stored in SETTING so that every node answers alike.
 *
 * @param runId      identifies one run; a run that finds another id stored has been replaced and stops
 * @param labels     whether the run also imports labels and components as tags
 * @param after      the issue id the run continues after (a resumed run starts here)
 * @param tagged     issues that received at least one tag from their texts
 * @param errors     issues that could not be tagged (each rolled back alone); {@code lastError} says why the last did
 * @param finishedAt when the run ended (done or failed)
 */
public record BackfillProgress(State state, String runId, boolean labels, long done, long total, long after,
                               long tagged, int errors, Optional<String> lastError, Instant startedAt,
                               Instant updatedAt, Optional<Instant> finishedAt) {

    /** {@code IDLE}: never run. {@code INTERRUPTED}: marked running but silent too long (its node stopped). */
    public enum State {
        IDLE, RUNNING, DONE, FAILED, INTERRUPTED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BackfillProgress {
        Objects.requireNonNull(state);
        Objects.requireNonNull(runId);
        Objects.requireNonNull(lastError);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(updatedAt);
        Objects.requireNonNull(finishedAt);
    }

    static BackfillProgress idle() {
        return new BackfillProgress(State.IDLE, "", false, 0, 0, 0, 0, 0, Optional.empty(), Instant.EPOCH,
                Instant.EPOCH, Optional.empty());
    }

    static BackfillProgress started(String runId, boolean labels, long total, Instant now) {
        return new BackfillProgress(State.RUNNING, runId, labels, 0, total, 0, 0, 0, Optional.empty(), now, now,
                Optional.empty());
    }

    /** 0-100, rounded down; 100 once done. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }

    /** Whether a new start continues this run where it stopped instead of starting over. */
    boolean resumable() {
        return state == State.INTERRUPTED || state == State.FAILED;
    }

    /** As seen at {@code now}: a run that has not reported for {@code silence} is interrupted. */
    BackfillProgress seenAt(Instant now, Duration silence) {
        return state == State.RUNNING && updatedAt.plus(silence).isBefore(now) ? with(State.INTERRUPTED) : this;
    }

    BackfillProgress with(State newState) {
        return new BackfillProgress(newState, runId, labels, done, total, after, tagged, errors, lastError, startedAt,
                updatedAt, finishedAt);
    }

    /** This run continued under a new id (by whichever node starts it), with a fresh total, from where it stopped. */
    BackfillProgress resumed(String newRunId, long newTotal, Instant now) {
        return new BackfillProgress(State.RUNNING, newRunId, labels, done, Math.max(newTotal, done), after, tagged,
                errors, lastError, startedAt, now, Optional.empty());
    }

    BackfillProgress failed(String error, Instant at) {
        return new BackfillProgress(State.FAILED, runId, labels, done, total, after, tagged, errors,
                Optional.of(error), startedAt, at, Optional.of(at));
    }

    BackfillProgress plusPage(int issues, long lastIssueId, long newlyTagged, int newErrors, Optional<String> error,
                              boolean finished, Instant at) {
        long newDone = done + issues;
        return new BackfillProgress(finished ? State.DONE : State.RUNNING, runId, labels, newDone,
                finished ? newDone : Math.max(total, newDone), lastIssueId, tagged + newlyTagged, errors + newErrors,
                error.isPresent() ? error : lastError, startedAt, at, finished ? Optional.of(at) : Optional.empty());
    }

    String encode() {
        Properties p = new Properties();
        p.setProperty("state", state.name());
        p.setProperty("runId", runId);
        p.setProperty("labels", Boolean.toString(labels));
        p.setProperty("done", Long.toString(done));
        p.setProperty("total", Long.toString(total));
        p.setProperty("after", Long.toString(after));
        p.setProperty("tagged", Long.toString(tagged));
        p.setProperty("errors", Integer.toString(errors));
        lastError.ifPresent(error -> p.setProperty("lastError", error));
        p.setProperty("startedAt", startedAt.toString());
        p.setProperty("updatedAt", updatedAt.toString());
        finishedAt.ifPresent(at -> p.setProperty("finishedAt", at.toString()));
        return ProgressText.write(p);
    }

    /** The stored progress; empty if the value is not readable (then the backfill counts as never run). */
    static Optional<BackfillProgress> decode(String text) {
        return ProgressText.read(text, p -> new BackfillProgress(
                    State.valueOf(p.getProperty("state")), p.getProperty("runId"),
                    Boolean.parseBoolean(p.getProperty("labels")), Long.parseLong(p.getProperty("done")),
                    Long.parseLong(p.getProperty("total")), Long.parseLong(p.getProperty("after")),
                    Long.parseLong(p.getProperty("tagged")), Integer.parseInt(p.getProperty("errors")),
                    Optional.ofNullable(p.getProperty("lastError")), Instant.parse(p.getProperty("startedAt")),
                    Instant.parse(p.getProperty("updatedAt")),
                    Optional.ofNullable(p.getProperty("finishedAt")).map(Instant::parse)));
    }
}
