package com.socialitsm.web.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import com.socialitsm.activity.FollowSuggestions;

/** GET {@code /feed/suggestions}: hashtags and people worth following, best first. */
public record FollowSuggestionsJson(List<TagJson> tags, List<SuggestedPersonJson> people) {

    public record TagJson(String tag, int score) {
    }

    /** A person with their score, flat in JSON: {@code {"key", "displayName", "avatarUrl", "score"}}. */
    public record SuggestedPersonJson(@JsonUnwrapped PersonJson person, int score) {
    }

    static FollowSuggestionsJson of(FollowSuggestions suggestions) {
        return new FollowSuggestionsJson(
                suggestions.tags().stream().map(t -> new TagJson(t.tag(), t.score())).toList(),
                suggestions.people().stream()
                        .map(p -> new SuggestedPersonJson(PersonJson.of(p.person()), p.score())).toList());
    }
}
