package com.socialitsm.tag;

import java.util.Objects;

/**
 * One hashtag found in a text.
 *
 * @param tag     the normalized tag (NFKC, lower case, no invisible characters, look-alikes of a mixed-script tag
 *                folded): the key two spellings share, {@code vpn} for {@code #VPN} and for {@code #vрn}
 * @param display the first spelling seen, without the sign: {@code VPN}
 * @param start   the UTF-16 index of the sign of that first occurrence
 * @param end     the UTF-16 index just after that occurrence
 */
public record ExtractedHashtag(String tag, String display, int start, int end) {

    public ExtractedHashtag {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(display, "display");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a text range: [" + start + ", " + end + ")");
        }
    }
}
