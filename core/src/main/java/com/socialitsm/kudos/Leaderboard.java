package com.socialitsm.kudos;

import java.util.List;
import java.util.Objects;

/**
 * A leaderboard as one viewer sees it. Normally the top places, ranked by points (equal points share a rank). In
 * privacy mode only the viewer's neighbourhood: up to three places above and below, ranked by position (ties in
 * user-key order), with only the viewer's own points shown; empty for a viewer without points.
 */
public record Leaderboard(Period period, long projectId, boolean privacyMode, List<LeaderboardRow> rows) {
    public Leaderboard {
        Objects.requireNonNull(period, "period");
        rows = List.copyOf(rows);
    }
}
