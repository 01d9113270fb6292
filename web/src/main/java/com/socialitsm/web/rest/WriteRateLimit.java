package com.socialitsm.web.rest;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import com.socialitsm.web.CurrentUser;

/**
 * A token bucket per user for state-changing requests (POST, PUT, PATCH, DELETE): {@code burst} writes at once, then
 * {@code perMinute} a minute; past that 429 with a JSON error and a {@code Retry-After}. Reads are not limited.
 *
 * <p>The buckets live in this node's memory: in a cluster each node limits on its own, so a user behind a load
 * balancer may write up to N times the limit on N nodes. That is deliberate — the limit protects each node and the
 * database from a runaway script, not a quota, and a shared bucket would cost a database write per request. The
 * numbers come from system properties {@value #PER_MINUTE_PROPERTY} and {@value #BURST_PROPERTY} (read when the
 * host builds its resources), so an operator can change them per node.
 */
@Provider
@Priority(Priorities.USER)
public final class WriteRateLimit implements ContainerRequestFilter {
    public static final String PER_MINUTE_PROPERTY = "socialitsm.rate.writesPerMinute";
    public static final String BURST_PROPERTY = "socialitsm.rate.writeBurst";
    public static final int DEFAULT_PER_MINUTE = 300;
    public static final int DEFAULT_BURST = 120;
    /** Buckets idle this long are full again and can be forgotten. */
    private static final int MAX_BUCKETS = 100_000;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CurrentUser currentUser;
    private final Clock clock;
    private final double perMilli;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * The limits from the system properties, else the defaults. The one public constructor: Jira's REST v2 builds
     * the providers it scans through it, from the plugin's beans.
     */
    public WriteRateLimit(CurrentUser currentUser, Clock clock) {
        this(currentUser, clock, Integer.getInteger(PER_MINUTE_PROPERTY, DEFAULT_PER_MINUTE),
                Integer.getInteger(BURST_PROPERTY, DEFAULT_BURST));
    }

    WriteRateLimit(CurrentUser currentUser, Clock clock, int perMinute, int burst) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
        this.currentUser = currentUser;
        this.clock = clock;
        this.perMilli = perMinute / 60_000.0;
        this.burst = burst;
    }

    /** The limits from the system properties, else the defaults. */
    public static WriteRateLimit configured(CurrentUser currentUser, Clock clock) {
        return new WriteRateLimit(currentUser, clock);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        String user = currentUser.userKey().orElse("");
        if (user.isEmpty()) {
            return; // anonymous writes are refused with 401 by the resources
        }
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear(); // a flood of distinct users; every bucket starts full again
        }
        long waitMillis = buckets.computeIfAbsent(user, u -> new Bucket(burst, clock.millis())).take(clock.millis());
        if (waitMillis > 0) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(ApiExceptionMapper.answer(429, "rate_limited",
                            "Too many changes in a short time; try again in a few seconds."))
                    .header("Retry-After", Math.max(1, (waitMillis + 999) / 1000)).build());
        }
    }

    private final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        /** Takes a token; 0 when there was one, else how long until there is. */
        synchronized long take(long now) {
            tokens = Math.min(burst, tokens + Math.max(0, now - at) * perMilli);
            at = Math.max(at, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perMilli);
        }
    }
}
