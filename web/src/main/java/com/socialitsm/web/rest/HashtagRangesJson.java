package com.socialitsm.web.rest;

import java.util.List;

import com.socialitsm.tag.ExtractedHashtag;

/**
 * The answer of POST /hashtags/ranges: for each text sent, in the same order, where its hashtags stand
 * ({@code {"ranges": [[{"start": 0, "end": 4, "tag": "vpn"}], []]}}): UTF-16 indexes, as JavaScript counts, the
 * sign included, repeats included, in text order.
 */
public record HashtagRangesJson(List<List<RangeJson>> ranges) {

    /** One hashtag in a text: {@code text.substring(start, end)} is {@code #VPN}, {@code tag} its page's name. */
    public record RangeJson(int start, int end, String tag) {

        static RangeJson of(ExtractedHashtag hashtag) {
            return new RangeJson(hashtag.start(), hashtag.end(), hashtag.tag());
        }
    }
}
