package com.socialitsm.web.rest;

import com.socialitsm.kudos.TagExpert;

/**
 * One entry of GET /hashtags/{tag}/experts: who ({@code user} is the key, as in a leaderboard row), what they did on
 * the tag's issues in the last 90 days that the caller may see, and the score the list is ranked by.
 */
public record TagExpertJson(String user, String displayName, int resolved, int accepted, int thanked, int score) {

    static TagExpertJson of(TagExpert expert) {
        return new TagExpertJson(expert.user(), expert.displayName(), expert.resolved(),
                expert.accepted(), expert.thanked(), expert.score());
    }
}
