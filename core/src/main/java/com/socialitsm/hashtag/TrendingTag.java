package com.socialitsm.hashtag;

/**
 * A tag used more than usual.
 *
 * @param count    taggings in the window (the last N hours), on issues of projects the viewer may fully browse
 * @param expected the count the tag's daily rate over the 28 days before the window predicts for N hours
 * @param score    how surprising the count is: {@code (count - expected) / sqrt(expected + 1)}, a Poisson z-score
 *                 with one pseudo-observation so that a brand-new tag does not divide by zero
 */
public record TrendingTag(String tag, String display, int count, double expected, double score) {

    public static double zScore(int count, double expected) {
        return (count - expected) / Math.sqrt(expected + 1);
    }
}
