package com.socialitsm.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock that stands still until a test moves it: by any amount, or one fixed step per {@link #tick()} so every
 * recorded change gets its own time. Safe to read and move from many threads.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final Duration step;

    public MutableClock(Instant start) {
        this(start, Duration.ofSeconds(1));
    }

    public MutableClock(Instant start, Duration step) {
        this.now = new AtomicReference<>(start);
        this.step = step;
    }

    /** Moves the clock one step and returns the new time. */
    public Instant tick() {
        return now.updateAndGet(t -> t.plus(step));
    }

    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("MutableClock is always UTC");
    }
}
