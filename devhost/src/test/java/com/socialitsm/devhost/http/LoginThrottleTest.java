package com.socialitsm.devhost.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The login throttle on its own, with a clock the test moves. */
class LoginThrottleTest {
    private static final String HOME = "10.0.0.1";
    private static final String ELSEWHERE = "10.0.0.2";

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void threeFailuresForANameLockItEverywhereUntilTheLockExpires() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("Alice", HOME);
            assertThat(throttle.lockedFor("alice", HOME)).isEmpty();
        }
        throttle.failed("alice", HOME);
        assertThat(throttle.lockedFor("alice", HOME)).hasValue(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("ALICE", ELSEWHERE)).as("per name, from any address").isPresent();
        assertThat(throttle.lockedFor("bob", HOME)).as("not the address yet").isEmpty();

        clock.move(Duration.ofSeconds(29));
        assertThat(throttle.lockedFor("alice", HOME)).hasValue(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.lockedFor("alice", HOME)).isEmpty();
        throttle.succeeded("alice");
        throttle.failed("alice", HOME);
        assertThat(throttle.lockedFor("alice", HOME)).as("a success forgets the failures").isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("bob", HOME);
        }
        Duration expected = Duration.ofSeconds(30);
        for (int i = 0; i < 8; i++) {
            assertThat(throttle.lockedFor("bob", ELSEWHERE)).hasValue(expected);
            clock.move(expected);
            throttle.failed("bob", ELSEWHERE);
            expected = expected.multipliedBy(2).compareTo(LoginThrottle.LONGEST_LOCK) > 0
                    ? LoginThrottle.LONGEST_LOCK : expected.multipliedBy(2);
        }
        assertThat(throttle.lockedFor("bob", ELSEWHERE)).hasValue(Duration.ofMinutes(15));
        clock.move(Duration.ofMinutes(15).plus(LoginThrottle.FORGET_AFTER));
        throttle.failed("bob", ELSEWHERE);
        assertThat(throttle.lockedFor("bob", ELSEWHERE)).as("old failures are forgotten").isEmpty();
    }

    @Test
    void tenFailuresFromOneAddressLockEveryNameFromThere() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertThat(throttle.lockedFor("guess" + i, HOME)).isEmpty();
            throttle.failed("guess" + i, HOME);
        }
        assertThat(throttle.lockedFor("carol", HOME)).hasValue(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("carol", ELSEWHERE)).isEmpty();
    }

    @Test
    void memoryStaysBoundedForAHundredThousandNamesAndAddresses() {
        long heapBefore = usedHeap();
        for (int i = 0; i < 100_000; i++) {
            String longName = "n".repeat(1_000) + i; // counted as its first 255 characters
            throttle.failed(i % 2 == 0 ? "name" + i : longName, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        assertThat(throttle.tracked()).isLessThanOrEqualTo(2 * LoginThrottle.MAX_TRACKED);
        long grownMb = (usedHeap() - heapBefore) / (1024 * 1024);
        System.out.printf("LoginThrottleTest: %d names and addresses tracked after 100000 distinct ones, heap +%d MB%n",
                throttle.tracked(), grownMb);
        // The most recent are still counted.
        assertThat(throttle.lockedFor("name99998", HOME)).isEmpty();
        throttle.failed("name99998", HOME);
        throttle.failed("name99998", HOME);
        assertThat(throttle.lockedFor("name99998", HOME)).isPresent();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }}
