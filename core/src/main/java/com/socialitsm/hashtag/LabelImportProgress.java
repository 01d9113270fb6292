package com.socialitsm.hashtag;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import com.socialitsm.host.LabeledIssues;

/**
 * How far the labels-to-hashtags import has come, as stored in SETTING (so every node answers alike).
 *
 * @param runId   identifies one run; a run that finds another id stored has been replaced and stops
 * @param after   the issue id the run continues after
 * @param errors  issues that could not be imported (each rolled back alone); {@code lastError} says why the last did
 */
public record LabelImportProgress(
        State state, String runId, long projectId, String projectKey, LabeledIssues.Origin origin,
        long done, long total, long after,
        int imported, int alreadyTagged, int invalid, int blocked, int errors, Optional<String> lastError,
        Instant startedAt, Instant updatedAt) {

    /** {@code IDLE}: never run. {@code INTERRUPTED}: marked running but silent too long (its node stopped). */
    public enum State {
        IDLE, RUNNING, DONE, FAILED, INTERRUPTED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public LabelImportProgress {
        Objects.requireNonNull(state);
        Objects.requireNonNull(runId);
        Objects.requireNonNull(projectKey);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(lastError);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(updatedAt);
    }

    static LabelImportProgress idle() {
        return new LabelImportProgress(State.IDLE, "", 0, "", LabeledIssues.Origin.LABELS, 0, 0, 0, 0, 0, 0, 0, 0,
                Optional.empty(), Instant.EPOCH, Instant.EPOCH);
    }

    /** 0-100, rounded down; 100 once done. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }

    /** As seen at {@code now}: a run that has not reported for {@code silence} is interrupted. */
    LabelImportProgress seenAt(Instant now, Duration silence) {
        return state == State.RUNNING && updatedAt.plus(silence).isBefore(now) ? with(State.INTERRUPTED) : this;
    }

    LabelImportProgress with(State newState) {
        return new LabelImportProgress(newState, runId, projectId, projectKey, origin, done, total, after, imported,
                alreadyTagged, invalid, blocked, errors, lastError, startedAt, updatedAt);
    }

    LabelImportProgress failed(String error, Instant at) {
        return new LabelImportProgress(State.FAILED, runId, projectId, projectKey, origin, done, total, after, imported,
                alreadyTagged, invalid, blocked, errors, Optional.of(error), startedAt, at);
    }

    LabelImportProgress plusPage(int issues, long lastIssueId, LabelImport sums, int newErrors,
                                 Optional<String> error, boolean finished, Instant at) {
        return new LabelImportProgress(finished ? State.DONE : State.RUNNING, runId, projectId, projectKey, origin,
                done + issues, Math.max(total, done + issues), lastIssueId, imported + sums.imported(),
                alreadyTagged + sums.alreadyTagged(), invalid + sums.invalid(), blocked + sums.blocked(),
                errors + newErrors, error.isPresent() ? error : lastError, startedAt, at);
    }

    String encode() {
        Properties p = new Properties();
        p.setProperty("state", state.name());
        p.setProperty("runId", runId);
        p.setProperty("projectId", Long.toString(projectId));
        p.setProperty("projectKey", projectKey);
        p.setProperty("origin", origin.name());
        p.setProperty("done", Long.toString(done));
        p.setProperty("total", Long.toString(total));
        p.setProperty("after", Long.toString(after));
        p.setProperty("imported", Integer.toString(imported));
        p.setProperty("alreadyTagged", Integer.toString(alreadyTagged));
        p.setProperty("invalid", Integer.toString(invalid));
        p.setProperty("blocked", Integer.toString(blocked));
        p.setProperty("errors", Integer.toString(errors));
        lastError.ifPresent(error -> p.setProperty("lastError", error));
        p.setProperty("startedAt", startedAt.toString());
        p.setProperty("updatedAt", updatedAt.toString());
        return ProgressText.write(p);
    }

    /** The stored progress; empty if the value is not readable (then the import counts as never run). */
    static Optional<LabelImportProgress> decode(String text) {
        return ProgressText.read(text, p -> new LabelImportProgress(
                    State.valueOf(p.getProperty("state")), p.getProperty("runId"),
                    Long.parseLong(p.getProperty("projectId")), p.getProperty("projectKey"),
                    LabeledIssues.Origin.valueOf(p.getProperty("origin")),
                    Long.parseLong(p.getProperty("done")), Long.parseLong(p.getProperty("total")),
                    Long.parseLong(p.getProperty("after")),
                    Integer.parseInt(p.getProperty("imported")), Integer.parseInt(p.getProperty("alreadyTagged")),
                    Integer.parseInt(p.getProperty("invalid")), Integer.parseInt(p.getProperty("blocked")),
                    Integer.parseInt(p.getProperty("errors")), Optional.ofNullable(p.getProperty("lastError")),
                    Instant.parse(p.getProperty("startedAt")), Instant.parse(p.getProperty("updatedAt"))));
    }
}
