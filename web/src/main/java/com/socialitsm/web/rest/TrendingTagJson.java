package com.socialitsm.web.rest;

import com.socialitsm.hashtag.TrendingTag;

/** One entry of GET /hashtags/trending; {@code expected} and {@code score} rounded to two decimals. */
public record TrendingTagJson(String tag, String display, int count, double expected, double score) {

    static TrendingTagJson of(TrendingTag tag) {
        return new TrendingTagJson(tag.tag(), tag.display(), tag.count(), round(tag.expected()), round(tag.score()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
