package com.socialitsm.qa;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The position after the last question of a page, as an opaque token: the sort it belongs to, the score (for the
 * votes order) and the id of that question. Clients pass it back unchanged; anything that does not decode to a
 * position of the same sort is refused, so a cursor never turns into an SQL error or a silently wrong page.
 */
record QuestionCursor(QuestionSort sort, int score, long id) {
    private static final String VERSION = "q1";
    private static final int MAX_LENGTH = 100;

    String encode() {
        String plain = VERSION + ":" + sort.code() + ":" + score + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position this token names for a listing in {@code expectedSort}, or empty if it is not a valid one. */
    static Optional<QuestionCursor> decode(String token, QuestionSort expectedSort) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || !expectedSort.code().equals(parts[1])) {
                return Optional.empty();
            }
            int score = Integer.parseInt(parts[2]);
            long id = Long.parseLong(parts[3]);
            return id > 0 ? Optional.of(new QuestionCursor(expectedSort, score, id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
