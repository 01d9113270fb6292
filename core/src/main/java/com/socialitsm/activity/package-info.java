/**
 * The activity stream. {@link com.socialitsm.activity.ActivityService} records one activity per meaningful change (from
 * the engine through {@link com.socialitsm.activity.ActivityHandler}, its activity step, and from votes, kudos and Q&A
 * through {@link com.socialitsm.activity.ActivityService#record}) and fans it out on write: one FEED_ITEM per follower,
 * so that {@link com.socialitsm.activity.FeedService} reads a personal feed page with one index range scan (behind it,
 * {@code ActivityReader} reads and checks permissions in bulk, {@code FeedAssembler} folds and names a page's items,
 * {@code FollowSuggester} suggests what to follow). {@link com.socialitsm.activity.MentionService} turns
 * {@code @name} and {@code [~name]} in comments, questions and answers into an item for the person named;
 * {@link com.socialitsm.activity.NotificationService} counts and lists what reached a user's feed since they last read
 * it. Depends on {@code host}, {@code store}, {@code tag} (the mention grammar too), {@code engine} (the step and the
 * tags it takes), {@code follow} (whom to deliver to) and {@code settings} (each user's "last read").
 */
package com.socialitsm.activity;
