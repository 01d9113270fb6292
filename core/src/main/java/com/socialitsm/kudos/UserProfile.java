package com.socialitsm.kudos;

import java.util.List;
import java.util.Objects;

/**
 * A user's kudos profile as one viewer sees it. {@code points} are the current season's; when
 * {@code pointsHidden} (privacy mode, or the user opted out, and the viewer is neither the user nor an admin) the
 * points are 0, {@code rank} 0 and {@code recent} is empty. {@code recent} holds only awards whose cause the viewer
 * may see, and none of 0 points. {@code rank} is the user's place on the season's overall board, 0 when not on it.
 * {@code weeklyPoints}: points earned in each of the last {@link KudosService#PROFILE_WEEKS} rolling weeks, oldest
 * first, the last ending now (empty when the points are hidden).
 */
public record UserProfile(String user, String displayName, String avatarUrl, int points, boolean pointsHidden,
                          boolean optedOut, List<EarnedBadge> badges, List<Award> recent,
                          List<GivenKudos> kudosReceived, int rank, List<Integer> weeklyPoints) {
    public UserProfile {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
        badges = List.copyOf(badges);
        recent = List.copyOf(recent);
        kudosReceived = List.copyOf(kudosReceived);
        weeklyPoints = List.copyOf(weeklyPoints);
    }
}
