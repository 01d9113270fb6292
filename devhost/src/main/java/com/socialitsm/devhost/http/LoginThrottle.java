package com.socialitsm.devhost.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing (issue 21, item 12: 60 wrong passwords in a row were 60 plain 401s). Failed logins
 * are counted per user name and per client address, whether they came through the login form or basic auth. After
 * {@link #FREE_FAILURES_PER_NAME} failures for a name (Jira shows its CAPTCHA after three) or
 * {@link #FREE_FAILURES_PER_ADDRESS} from an address, logins for that name or from that address are refused for
 * {@link #FIRST_LOCK}, doubling with each further failure up to {@link #LONGEST_LOCK} — the right password included,
 * or the lock would only slow the guesses, not stop them. A successful login forgets the name's failures (not the
 * address's: an attacker could otherwise reset it with an account of their own); failures are forgotten
 * {@link #FORGET_AFTER} after the last one.
 * <p>
 * The names are chosen by whoever sends them, so the memory is bounded: at most {@link #MAX_TRACKED} names and as many
 * addresses, the least recently seen forgotten first. Flooding it with names pushes a victim's record out, but the
 * flood comes from an address, which gets locked after a few of those failures. Time comes from the injected clock.
 */
final class LoginThrottle {
    static final int FREE_FAILURES_PER_NAME = 3;
    static final int FREE_FAILURES_PER_ADDRESS = 10;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    static final int MAX_TRACKED = 10_000;
    /** Jira's longest user name; longer ones count as their first 255 characters. */
    private static final int LONGEST_NAME = 255;

    private final Clock clock;
    private final Failures byName = new Failures(FREE_FAILURES_PER_NAME);
    private final Failures byAddress = new Failures(FREE_FAILURES_PER_ADDRESS);

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long logins for this name or from this address are still refused; empty when they may be tried. */
    synchronized Optional<Duration> lockedFor(String name, String address) {
        Instant now = clock.instant();
        Duration remaining = max(byName.remainingLock(key(name), now), byAddress.remainingLock(address, now));
        return remaining.isZero() ? Optional.empty() : Optional.of(remaining);
    }

    synchronized void failed(String name, String address) {
        Instant now = clock.instant();
        byName.failed(key(name), now);
        byAddress.failed(address, now);
    }

    synchronized void succeeded(String name) {
        byName.forget(key(name));
    }

    /** How many names and addresses are remembered now. */
    synchronized int tracked() {
        return byName.size() + byAddress.size();
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.length() > LONGEST_NAME ? lower.substring(0, LONGEST_NAME) : lower;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One key's failures so far, and until when it is locked. */
    private static final class Record {
        int failures;
        Instant lastFailure = Instant.MIN;
        Instant lockedUntil = Instant.MIN;
    }

    /** Failures by key, the least recently used key dropped beyond {@link #MAX_TRACKED}. Not thread-safe alone. */
    private static final class Failures {
        private final int freeFailures;
        private final LinkedHashMap<String, Record> records = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
                return size() > MAX_TRACKED;
            }
        };

        Failures(int freeFailures) {
            this.freeFailures = freeFailures;
        }

        Duration remainingLock(String key, Instant now) {
            Record record = records.get(key);
            if (record == null || !now.isBefore(record.lockedUntil)) {
                return Duration.ZERO;
            }
            return Duration.between(now, record.lockedUntil);
        }

        void failed(String key, Instant now) {
            Record record = records.computeIfAbsent(key, k -> new Record());
            if (record.lastFailure.isBefore(now.minus(FORGET_AFTER))) {
                record.failures = 0;
            }
            record.failures++;
            record.lastFailure = now;
            if (record.failures >= freeFailures) {
                int doublings = Math.min(record.failures - freeFailures, 10);
                Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
                record.lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
        }

        void forget(String key) {
            records.remove(key);
        }

        int size() {
            return records.size();
        }
    }
}
