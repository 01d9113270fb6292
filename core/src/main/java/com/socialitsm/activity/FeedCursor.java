package com.socialitsm.activity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the next page starts: below this activity id. Ids only grow, so paging by id never shows an item twice and
 * skips none while new activity arrives (new items land above the first page). Opaque to clients: base64url of a
 * versioned text, so its form can change without breaking links already handed out.
 */
public record FeedCursor(long beforeActivityId) {
    private static final String VERSION = "v1:";
    private static final Pattern ENCODED = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern DECODED = Pattern.compile("v1:[1-9][0-9]{0,18}");

    public FeedCursor {
        if (beforeActivityId <= 0) {
            throw new IllegalArgumentException("A cursor is a positive activity id");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + beforeActivityId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back, or empty when it is not one this app handed out. */
    public static Optional<FeedCursor> decode(String encoded) {
        if (encoded == null || !ENCODED.matcher(encoded).matches()) {
            return Optional.empty();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!DECODED.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FeedCursor(Long.parseLong(text.substring(VERSION.length()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
