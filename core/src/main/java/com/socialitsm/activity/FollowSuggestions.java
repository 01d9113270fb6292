package com.socialitsm.activity;

import java.util.List;

/** Hashtags and people worth following, most interacted with first. */
public record FollowSuggestions(List<SuggestedTag> tags, List<SuggestedPerson> people) {

    /** A hashtag, and on how many recent visible activities it appeared. */
    public record SuggestedTag(String tag, int score) {
    }

    /** A person, and how many recent visible activities tie them to what the viewer follows. */
    public record SuggestedPerson(Person person, int score) {
    }
}
