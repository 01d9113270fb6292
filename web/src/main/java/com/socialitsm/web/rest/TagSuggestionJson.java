package com.socialitsm.web.rest;

import com.socialitsm.hashtag.TagSuggestion;

/** One entry of GET /hashtags/suggest; {@code count} covers the issues the caller can see. */
public record TagSuggestionJson(String tag, String display, int count) {
    static TagSuggestionJson of(TagSuggestion suggestion) {
        return new TagSuggestionJson(suggestion.tag(), suggestion.display(), suggestion.count());
    }
}
