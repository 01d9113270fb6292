package com.socialitsm.web.rest;

import java.util.List;

import com.socialitsm.activity.FollowSuggestions;

/** GET {@code /feed/suggestions}: hashtags and people worth following, best first. */
public record FollowSuggestionsJson(List<TagJson> tags, List<PersonJson> people) {

    public record TagJson(String tag, int score) {
    }

    public record PersonJson(String user, String displayName, String avatarUrl, int score) {
    }

    static FollowSuggestionsJson of(FollowSuggestions suggestions) {
        return new FollowSuggestionsJson(
                suggestions.tags().stream().map(t -> new TagJson(t.tag(), t.score())).toList(),
                suggestions.people().stream().map(p -> new PersonJson(p.person().key(), p.person().displayName(),
                        p.person().avatarUrl(), p.score())).toList());
    }
}
