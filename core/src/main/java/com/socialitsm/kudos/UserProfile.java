package com.socialitsm.kudos;

import java.util.List;
import java.util.Objects;

/**
 * A user's kudos profile as one viewer sees it. {@code points} are the current season's; when
 * {@code pointsHidden} (privacy mode, or the user opted out, and the viewer is neither the user nor an admin) the
 * points are 0 and {@code recent} is empty. {@code recent} holds only awards whose cause the viewer may see.
 */
public record UserProfile(String user, String displayName, String avatarUrl, int points, boolean pointsHidden,
                          boolean optedOut, List<EarnedBadge> badges, List<Award> recent,
                          List<GivenKudos> kudosReceived) {
    public UserProfile {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
        badges = List.copyOf(badges);
        recent = List.copyOf(recent);
        kudosReceived = List.copyOf(kudosReceived);
    }
}
