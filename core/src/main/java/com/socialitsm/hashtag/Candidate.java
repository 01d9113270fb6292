package com.socialitsm.hashtag;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.socialitsm.tag.ExtractedHashtag;
import com.socialitsm.tag.HashtagExtractor;

/** A tag as it will be written to an issue: the normalized tag and the spelling to show. */
record Candidate(String tag, String display) {
    Candidate {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(display, "display");
    }

    static Candidate of(ExtractedHashtag hashtag) {
        return new Candidate(hashtag.tag(), hashtag.display());
    }

    /** Tags as typed, normalized and without repeats; what is not a tag goes to {@code invalid}. */
    static List<Candidate> typed(Collection<String> typed, List<String> invalid) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (String input : typed) {
            Optional<String> tag = HashtagExtractor.normalizeTag(input);
            if (tag.isPresent()) {
                candidates.putIfAbsent(tag.get(), new Candidate(tag.get(), typedDisplay(input)));
            } else {
                invalid.add(String.valueOf(input));
            }
        }
        return List.copyOf(candidates.values());
    }

    /** The spelling a user typed, without the sign: {@code "#VPN "} → {@code VPN}. */
    static String typedDisplay(String input) {
        String body = input.strip();
        return body.startsWith("#") || body.startsWith("\uFF03") ? body.substring(1) : body;
    }
}
