package com.socialitsm.jira.event;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * How issue events fared on this node since the plugin started, for the admin page and support: a failure never
 * reaches Jira's issue update, so it must be visible here instead. Counters are per node by design; they describe
 * this node's listener, not shared app state.
 */
@Named
public final class EventHandlingStats {
    private final Clock clock;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong alreadyProcessed = new AtomicLong();
    private final AtomicLong duplicatesInBundle = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong unreadableEvents = new AtomicLong();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();

    @Inject
    public EventHandlingStats(Clock clock) {
        this.clock = clock;
    }

    /** The counters at one moment. */
    public record Snapshot(long received, long applied, long alreadyProcessed, long duplicatesInBundle, long failed,
                           long unreadableEvents, Optional<Failure> lastFailure) {
    }

    /** What went wrong last, without the stack trace (that is in the log). */
    public record Failure(Instant at, String what) {
    }

    void changeReceived() {
        received.incrementAndGet();
    }

    void changeApplied() {
        applied.incrementAndGet();
    }

    void changeAlreadyProcessed() {
        alreadyProcessed.incrementAndGet();
    }

    void duplicatesInBundle(int count) {
        duplicatesInBundle.addAndGet(count);
    }

    void changeFailed(Throwable cause) {
        failed.incrementAndGet();
        lastFailure.set(new Failure(clock.instant(), describe(cause)));
    }

    void eventUnreadable(Throwable cause) {
        unreadableEvents.incrementAndGet();
        lastFailure.set(new Failure(clock.instant(), describe(cause)));
    }

    public Snapshot snapshot() {
        return new Snapshot(received.get(), applied.get(), alreadyProcessed.get(), duplicatesInBundle.get(),
                failed.get(), unreadableEvents.get(), Optional.ofNullable(lastFailure.get()));
    }

    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
