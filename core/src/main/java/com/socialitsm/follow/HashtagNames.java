package com.socialitsm.follow;

import java.util.Locale;
import java.util.Optional;

/**
 * The normalized form of a tag a user names in a follow request. A minimal check of the hashtag grammar (letters,
 * marks, digits and underscore, at least one letter, at most 64 characters) until the hashtag feature's
 * {@code HashtagExtractor.normalizeTag} is available here; then this delegates to it.
 */
final class HashtagNames {
    static final int MAX_TAG_LENGTH = 64;

    private HashtagNames() {
    }

    static Optional<String> normalize(String userInput) {
        if (userInput == null) {
            return Optional.empty();
        }
        String body = userInput.strip();
        if (body.startsWith("#") || body.startsWith("\uFF03")) {
            body = body.substring(1);
        }
        if (body.isEmpty() || body.length() > MAX_TAG_LENGTH) {
            return Optional.empty();
        }
        boolean hasLetter = false;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            if (Character.isLetter(cp)) {
                hasLetter = true;
            } else if (!Character.isDigit(cp) && cp != '_' && Character.getType(cp) != Character.NON_SPACING_MARK
                    && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
                return Optional.empty();
            }
            i += Character.charCount(cp);
        }
        return hasLetter ? Optional.of(body.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
