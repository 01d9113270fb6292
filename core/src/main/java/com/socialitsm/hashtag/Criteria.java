package com.socialitsm.hashtag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Pieces of Active Objects criteria that the hashtag queries share beyond {@link com.socialitsm.store.InList}: prefix
 * searches (LIKE with its wildcards escaped, and the index range that bounds them) and parameter lists.
 */
final class Criteria {
    /** The escape character of {@link #likePrefix}: not a backslash, which MySQL string literals treat specially. */
    static final String LIKE_ESCAPE = "ESCAPE '!'";

    private Criteria() {
    }

    /** The LIKE pattern for "starts with prefix", to be used with {@link #LIKE_ESCAPE}. */
    static String likePrefix(String prefix) {
        StringBuilder pattern = new StringBuilder(prefix.length() + 2);
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                pattern.append('!');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /**
     * A range of the index order that holds every string starting with {@code prefix}, so that a prefix search can
     * read the index on the column even where LIKE cannot (PostgreSQL under any collation but "C"). The lower bound
     * is the prefix itself; the upper bound increments the last of its characters in a-y or 0-8 and drops what
     * follows ({@code "vpn"} → {@code "vpo"}, {@code "vz"} → {@code "w"}), which bounds the prefix in binary and
     * in linguistic collations alike; there is none when no such character exists ({@code "zz"}, {@code "日本"}).
     * Used together with the LIKE, which keeps the answer exact.
     */
    static PrefixRange prefixRange(String prefix) {
        for (int i = prefix.length() - 1; i >= 0; i--) {
            char c = prefix.charAt(i);
            if ((c >= 'a' && c < 'z') || (c >= '0' && c < '9')) {
                return new PrefixRange(prefix, Optional.of(prefix.substring(0, i) + (char) (c + 1)));
            }
        }
        return new PrefixRange(prefix, Optional.empty());
    }

    /** {@code from <= value < below} (no upper bound when {@code below} is empty). */
    record PrefixRange(String from, Optional<String> below) {
    }

    static Object[] params(Collection<?> items, Object... more) {
        List<Object> all = new ArrayList<>(items);
        Collections.addAll(all, more);
        return all.toArray();
    }
}
