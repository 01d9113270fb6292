package com.socialitsm.hashtag;

/** A tag offered while typing, with how many issues the viewer can see carry it. */
public record TagSuggestion(String tag, String display, int count) {
}
