package com.socialitsm.listening;

/**
 * The listening post's settings.
 *
 * @param perMinute      messages one source may post per minute (cluster-wide); past that 429
 * @param trendingWeight how much one chat mention weighs against one tagged issue in trending's score; 0 (the
 *                       default) leaves trending to issues alone
 */
public record ListeningSettings(int perMinute, double trendingWeight) {
    public static final int MAX_PER_MINUTE = 10_000;
    public static final double MAX_WEIGHT = 10;
    public static final ListeningSettings DEFAULTS = new ListeningSettings(60, 0);

    public ListeningSettings {
        if (perMinute < 1 || perMinute > MAX_PER_MINUTE) {
            throw new IllegalArgumentException("perMinute must be between 1 and " + MAX_PER_MINUTE);
        }
        if (!(trendingWeight >= 0 && trendingWeight <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("trendingWeight must be between 0 and " + (int) MAX_WEIGHT);
        }
    }
}
