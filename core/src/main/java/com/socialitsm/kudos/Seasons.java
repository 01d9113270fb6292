package com.socialitsm.kudos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The season starts (epoch seconds, ascending; the first is always 0). "All time" on a leaderboard means since the
 * current season started; a ledger row counts toward the season it was earned in. Starting a season adds a start and
 * deletes nothing, so earlier seasons stay readable.
 */
record Seasons(List<Long> starts) {

    Seasons {
        starts = List.copyOf(new TreeSet<>(starts));
    }

    static Seasons parse(String text) {
        List<Long> starts = new ArrayList<>();
        starts.add(0L);
        if (text != null) {
            for (String part : text.split(",")) {
                try {
                    if (!part.isBlank()) {
                        starts.add(Long.parseLong(part.trim()));
                    }
                } catch (NumberFormatException ignored) {
                    // an unreadable entry is skipped; the others still hold
                }
            }
        }
        return new Seasons(starts);
    }

    String format() {
        return String.join(",", starts.stream().map(String::valueOf).toList());
    }

    Seasons startingAt(Instant start) {
        List<Long> more = new ArrayList<>(starts);
        more.add(start.getEpochSecond());
        return new Seasons(more);
    }

    /** The start (epoch seconds) of the season this moment belongs to. */
    long seasonOf(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000L);
        long found = 0;
        for (long start : starts) {
            if (start <= second) {
                found = start;
            }
        }
        return found;
    }

    /** The newest season start, which may lie in the future. */
    long latest() {
        return starts.get(starts.size() - 1);
    }
}
