package com.socialitsm.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for what people send: title and body limits, chosen hashtags, vote values, optional texts that may be
 * blank, and quoting input back in messages. Each breach is a {@link QaRejection#invalid} with a sentence saying
 * which rule.
 */
final class QaInputs {
    static final int TITLE_MIN_LENGTH = 10;
    static final int TITLE_MAX_LENGTH = 200;
    static final int BODY_MAX_LENGTH = 30_000;

    private static final int MAX_QUOTED = 70;
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cntrl}\\s]+");

    private QaInputs() {
    }

    /** The title with white space and control characters collapsed, if its length is within the limits. */
    static String validTitle(String raw) {
        String title = raw == null ? "" : CONTROL_OR_SPACE.matcher(raw).replaceAll(" ").strip();
        if (title.length() < TITLE_MIN_LENGTH || title.length() > TITLE_MAX_LENGTH) {
            throw QaRejection.invalid("The title must be " + TITLE_MIN_LENGTH + " to " + TITLE_MAX_LENGTH
                    + " characters long; it has " + title.length() + ".");
        }
        return title;
    }

    /** The stripped body, if not too long (and, when {@code required}, not empty: an answer). */
    static String validBody(String raw, boolean required) {
        String body = raw == null ? "" : raw.strip();
        if (body.length() > BODY_MAX_LENGTH) {
            throw QaRejection.invalid("The text must be at most 30,000 characters long; it has " + body.length()
                    + ".");
        }
        if (required && body.isEmpty()) {
            throw QaRejection.invalid("The answer must not be empty.");
        }
        return body;
    }

    /** The chosen hashtags normalized, without repeats; each must follow the hashtag grammar. */
    static List<String> chosenTags(List<String> chosen) {
        if (chosen.size() > QuestionTags.MAX_CHOSEN) {
            throw QaRejection.invalid("At most " + QuestionTags.MAX_CHOSEN + " hashtags can be chosen.");
        }
        List<String> tags = new ArrayList<>();
        for (String tag : chosen) {
            String normalized = QuestionTags.normalize(tag)
                    .orElseThrow(() -> QaRejection.invalid(quoted(tag) + " is not a valid hashtag."));
            if (!tags.contains(normalized)) {
                tags.add(normalized);
            }
        }
        return tags;
    }

    /** The hashtags written in a question's title and body. */
    static List<String> extractedTags(String title, String body) {
        return QuestionTags.extract(title + "\n" + body);
    }

    /** A vote is 1, -1, or 0 to withdraw it. */
    static int voteValue(int value) {
        if (value < -1 || value > 1) {
            throw QaRejection.invalid("A vote is 1, -1 or 0 (to withdraw it).");
        }
        return value;
    }

    /** The trimmed value, or empty when absent or blank. */
    static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The input in quotes for a message, cut to a readable length. */
    static String quoted(String input) {
        String text = input == null ? "" : input;
        return "\"" + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text) + "\"";
    }
}
