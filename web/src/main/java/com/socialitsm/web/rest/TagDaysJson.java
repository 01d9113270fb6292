package com.socialitsm.web.rest;

import java.util.List;

import com.socialitsm.hashtag.TagDays;

/**
 * Answer of GET /hashtags/{tag}/days: the tag's issues per UTC day ({@code date} ISO-8601, oldest first, today last),
 * counted over the projects the viewer may fully browse; {@code usual} is the mean per day over these days;
 * {@code spike} marks days far above it.
 */
public record TagDaysJson(String tag, String display, List<DayJson> days, double usual) {

    /** One day's issues. */
    public record DayJson(String date, int issues, boolean spike) {
    }

    static TagDaysJson of(TagDays days) {
        return new TagDaysJson(days.tag(), days.display(), days.days().stream()
                .map(d -> new DayJson(d.date().toString(), d.issues(), d.spike())).toList(),
                Math.round(days.usual() * 100) / 100.0);
    }
}
