/**
 * Following: users follow issues, hashtags, people and projects ({@link com.socialitsm.follow.FollowService}), are
 * auto-followed to what they take part in ({@link com.socialitsm.follow.FollowParticipantsHandler}, within the rules
 * an admin sets in {@link com.socialitsm.follow.FollowRules}), and mute issues they want nothing more from. The
 * activity feature asks {@link com.socialitsm.follow.FollowService#audienceOf} whom to deliver an activity to.
 * Depends on {@code host}, {@code store}, {@code settings}, {@code engine} (the participant step) and {@code tag}
 * (the tag grammar); nothing here knows of activity or hashtags.
 */
package com.socialitsm.follow;
