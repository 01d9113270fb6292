package com.socialitsm.follow;

import java.time.Instant;

/**
 * One of a user's follows, named as the user knows the target (issue key, tag, user key, project key).
 *
 * @param muted an issue the user muted: it stays in the list so that it can be unmuted
 * @param auto  followed automatically because the user took part
 * @param title what to show beside the id: the summary, the project's or person's name ("" for a hashtag)
 */
public record Follow(TargetType type, String id, Instant since, boolean muted, boolean auto, String title) {
}
