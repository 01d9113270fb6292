package com.socialitsm.devhost.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The devhost's clock: the system clock, except while demo data is seeded, when it is pinned to each scripted
 * moment in the past, so that the tracker and every feature record the demo's history at realistic times (a
 * two-week backlog, a VPN outage this morning) through their normal code paths.
 */
public final class DemoClock extends Clock {
    private final Clock system;
    private final AtomicReference<Instant> pinned;

    public DemoClock(Clock system) {
        this(system, new AtomicReference<>());
    }

    private DemoClock(Clock system, AtomicReference<Instant> pinned) {
        this.system = Objects.requireNonNull(system);
        this.pinned = pinned;
    }

    /** From now on, until {@link #release()}, the time is this instant. */
    void pinTo(Instant instant) {
        pinned.set(instant);
    }

    void release() {
        pinned.set(null);
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
        return at != null ? at : system.instant();
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(system.withZone(zone), pinned);
    }
}
