package com.socialitsm.hashtag;

import java.util.List;
import java.util.stream.Collectors;

import com.socialitsm.outcome.Problem;
import com.socialitsm.outcome.Refusal;
import com.socialitsm.tag.HashtagExtractor;

/**
 * Why the hashtag feature refuses an action, each with the code REST clients branch on ({@code invalid_hashtag},
 * {@code blocked_hashtag}, …) and a sentence that says what to do instead; the refused tags are the subjects.
 */
public final class HashtagRefusals {
    /** The hashtag grammar, for every answer that refuses a tag. */
    static final String GRAMMAR = HashtagExtractor.RULE;

    private HashtagRefusals() {
    }

    /** No such issue, or the user may not browse it (never told apart). */
    public static Refusal issueNotFound() {
        return new Refusal(Problem.NOT_FOUND, "not_found", "There is no such issue, or you may not see it.",
                List.of());
    }

    /** Not one hashtag of the grammar (none given, when {@code typed} is empty). */
    public static Refusal invalidTag(List<String> typed) {
        String what = typed.isEmpty() ? "No hashtag was given." : "Not a hashtag: "
                + typed.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")) + ".";
        return new Refusal(Problem.INVALID, "invalid_hashtag", what + " " + GRAMMAR, typed);
    }

    /** Blocked by an administrator. */
    static Refusal blockedTag(List<String> tags) {
        return new Refusal(Problem.INVALID, "blocked_hashtag", hashtags(tags)
                + (tags.size() == 1 ? " is" : " are") + " blocked by an administrator and cannot be used.", tags);
    }

    /** The tag is written in the issue's summary or description: the next change would bring it back. */
    static Refusal writtenInText(String tag) {
        return new Refusal(Problem.CONFLICT, "conflict", hashtags(List.of(tag)) + " is written in the issue's summary "
                + "or description; edit the text to remove it.", List.of(tag));
    }

    /** The issue carries as many tags added by hand as it may; remove one first. */
    static Refusal tooManyManual(int max) {
        return new Refusal(Problem.CONFLICT, "too_many_hashtags", "An issue keeps at most " + max + " hashtags added "
                + "by hand; remove one before adding another.", List.of());
    }

    /** Only administrators may merge, rename and block tags. */
    static Refusal notAdmin() {
        return new Refusal(Problem.FORBIDDEN, "forbidden", "Only administrators may manage hashtags.", List.of());
    }

    /** A merge or rename into a blocked tag. */
    static Refusal targetBlocked(String tag) {
        return new Refusal(Problem.CONFLICT, "conflict", hashtags(List.of(tag)) + " is blocked; unblock it before "
                + "merging or renaming into it.", List.of(tag));
    }

    /** A merge of a tag into itself. */
    static Refusal sameTag(String tag) {
        return new Refusal(Problem.INVALID, "bad_request", "A hashtag cannot be merged into itself: "
                + hashtags(List.of(tag)) + ".", List.of(tag));
    }

    /** A cursor this feature did not hand out. */
    static Refusal invalidCursor() {
        return new Refusal(Problem.INVALID, "bad_request", "cursor is not one this API handed out; start again "
                + "without it.", List.of());
    }

    private static String hashtags(List<String> tags) {
        return tags.stream().map(t -> "#" + t).collect(Collectors.joining(", "));
    }
}
