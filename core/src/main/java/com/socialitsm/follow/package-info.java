/**
 * Following: users follow issues, hashtags, people and projects ({@link com.socialitsm.follow.FollowService}), are
 * auto-followed to what they take part in ({@link com.socialitsm.follow.FollowParticipantsHandler}, within the rules
 * an admin sets in {@link com.socialitsm.follow.FollowRules}), and mute issues they want nothing more from. The
 * activity feature asks {@link com.socialitsm.follow.FollowService#audienceOf} whom to deliver an activity to.
 * Behind the face, {@code FollowTargets} resolves what a user names into a visible target (and moves the follows of
 * a merged hashtag), {@code Audience} reads who receives an activity and switches heavy targets to fan-in on read.
 * Refusals are {@code outcome} values.
 * Depends on {@code host}, {@code store}, {@code settings}, {@code engine} (the participant step) and {@code tag}
 * (the tag grammar); nothing here knows of activity or hashtags.
 */
package com.socialitsm.follow;
