package com.socialitsm.hashtag;

import java.util.Objects;

import com.socialitsm.tag.ExtractedHashtag;

/** A tag as it will be written to an issue: the normalized tag and the spelling to show. */
record Candidate(String tag, String display) {
    Candidate {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(display, "display");
    }

    static Candidate of(ExtractedHashtag hashtag) {
        return new Candidate(hashtag.tag(), hashtag.display());
    }
}
