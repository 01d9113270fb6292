package com.socialitsm.idea;

import java.util.Optional;

/**
 * Where the next page of a board starts, per order: {@code n<id>} below an idea id (newest), {@code v<votes>_<id>}
 * below a (votes, id) pair (most votes), {@code t<offset>} into the trending ranking. Opaque to clients.
 */
record IdeaCursor(int votes, long id) {

    static String newest(long id) {
        return "n" + id;
    }

    static String votes(int votes, long id) {
        return "v" + votes + "_" + id;
    }

    static String trending(int offset) {
        return "t" + offset;
    }

    /** The cursor if {@code text} is one that {@code sort} makes; empty otherwise. */
    static Optional<IdeaCursor> parse(IdeaSort sort, String text) {
        try {
            String t = text.trim();
            switch (sort) {
                case NEWEST -> {
                    if (t.startsWith("n")) {
                        return positive(0, Long.parseLong(t.substring(1)));
                    }
                }
                case VOTES -> {
                    int sep = t.indexOf('_');
                    if (t.startsWith("v") && sep > 1) {
                        return positive(Integer.parseInt(t.substring(1, sep)), Long.parseLong(t.substring(sep + 1)));
                    }
                }
                case TRENDING -> {
                    if (t.startsWith("t")) {
                        long offset = Long.parseLong(t.substring(1));
                        return offset >= 0 && offset <= 100_000 ? Optional.of(new IdeaCursor(0, offset))
                                : Optional.empty();
                    }
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<IdeaCursor> positive(int votes, long id) {
        return votes >= 0 && id > 0 ? Optional.of(new IdeaCursor(votes, id)) : Optional.empty();
    }
}
