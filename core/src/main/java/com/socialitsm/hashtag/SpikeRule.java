package com.socialitsm.hashtag;

/**
 * When a tag's count in a window is a spike: at least {@code minCount} taggings and a Poisson z-score
 * ({@link TrendingTag#zScore}, the score trending ranks by) of at least {@code threshold}. The one decision both the
 * alert job ({@link SpikeAlerts}) and the replay evaluation (bench's {@code SpikeReplay}) make, so that what the
 * evaluation measured is what the job does.
 */
public record SpikeRule(double threshold, int minCount) {

    public SpikeRule {
        if (!(threshold > 0) || minCount < 1) {
            throw new IllegalArgumentException("threshold must be > 0 and minCount >= 1");
        }
    }

    /** Whether {@code count} taggings where {@code expected} were predicted is a spike. */
    public boolean fires(int count, double expected) {
        return count >= minCount && score(count, expected) >= threshold;
    }

    public static double score(int count, double expected) {
        return TrendingTag.zScore(count, expected);
    }

    /**
     * The count a tag's {@code baselineCount} taggings over {@code baselineDays} days predict for a window of
     * {@code hours}: trending's expectation ({@link TrendingTags#BASELINE_DAYS} days before the window).
     */
    public static double expected(int baselineCount, int baselineDays, int hours) {
        return baselineCount * (double) hours / (baselineDays * 24.0);
    }
}
