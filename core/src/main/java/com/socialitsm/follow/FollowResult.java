package com.socialitsm.follow;

/**
 * The answer to a follow, unfollow, mute or status request: done (with where the user stands now), or the target
 * does not exist or is hidden from the user (the two are never told apart), or the request makes no sense.
 */
public sealed interface FollowResult {

    record Done(FollowStatus status) implements FollowResult {
    }

    /** No such target, or one the user may not see. */
    record NotFound() implements FollowResult {
    }

    /** The request cannot be served as asked: an invalid hashtag, following oneself, muting what is no issue. */
    record Invalid(String reason) implements FollowResult {
    }
}
