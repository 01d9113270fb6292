package com.socialitsm.kudos;

import java.util.Objects;

/**
 * One place on a leaderboard. {@code pointsHidden} in privacy mode for everyone but the viewer (then {@code points}
 * is 0 and means nothing). {@code me} marks the viewer's own row.
 */
public record LeaderboardRow(String user, String displayName, String avatarUrl, int rank, int points,
                             boolean pointsHidden, boolean me) {
    public LeaderboardRow {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
    }
}
