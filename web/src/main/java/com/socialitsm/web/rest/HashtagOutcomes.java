package com.socialitsm.web.rest;

import java.util.List;
import java.util.stream.Collectors;

import com.socialitsm.hashtag.HashtagOutcome;

/** Where the hashtag service's refusals become HTTP answers, with a sentence that says what to do instead. */
final class HashtagOutcomes {
    /** The hashtag grammar, for every answer that refuses a tag. */
    static final String GRAMMAR = "A hashtag is 1 to 64 letters, digits and underscores (in any script), with at "
            + "least one letter and no spaces or punctuation; a leading # is optional, case does not matter.";

    private HashtagOutcomes() {
    }

    /** The value of a done outcome, or the ApiException its refusal stands for. */
    static <T> T value(HashtagOutcome<T> outcome) {
        if (outcome instanceof HashtagOutcome.Done<T> done) {
            return done.value();
        }
        HashtagOutcome.Rejected<T> rejected = (HashtagOutcome.Rejected<T>) outcome;
        List<String> tags = rejected.tags();
        throw switch (rejected.reason()) {
            case ISSUE_NOT_FOUND -> ApiException.notFound("There is no such issue, or you may not see it.");
            case INVALID_TAG -> invalidTag(tags);
            case BLOCKED_TAG -> new ApiException(400, "blocked_hashtag", hashtags(tags)
                    + (tags.size() == 1 ? " is" : " are") + " blocked by an administrator and cannot be used.");
            case WRITTEN_IN_TEXT -> ApiException.conflict(hashtags(tags) + " is written in the issue's summary or "
                    + "description; edit the text to remove it.");
            case NOT_ADMIN -> ApiException.forbidden("Only administrators may manage hashtags.");
            case TARGET_BLOCKED -> ApiException.conflict(hashtags(tags) + " is blocked; unblock it before merging "
                    + "or renaming into it.");
            case SAME_TAG -> ApiException.badRequest("A hashtag cannot be merged into itself: " + hashtags(tags) + ".");
            case INVALID_CURSOR -> ApiException.badRequest("cursor is not one this API handed out; start again "
                    + "without it.");
        };
    }

    static ApiException invalidTag(List<String> typed) {
        String what = typed.isEmpty() ? "No hashtag was given." : "Not a hashtag: "
                + typed.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")) + ".";
        return new ApiException(400, "invalid_hashtag", what + " " + GRAMMAR);
    }

    private static String hashtags(List<String> tags) {
        return tags.stream().map(t -> "#" + t).collect(Collectors.joining(", "));
    }
}
