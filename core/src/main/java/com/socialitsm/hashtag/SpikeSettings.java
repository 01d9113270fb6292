package com.socialitsm.hashtag;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.socialitsm.settings.Settings;
import com.socialitsm.tag.HashtagExtractor;

/**
 * The admin's settings of spike alerts and of "raise a problem", read from SETTING under {@code spike.} in one
 * statement (never cached, so every node sees a change at once). Defaults come from the replay evaluation in
 * {@code docs/trending.md}.
 *
 * @param enabled          whether the alert job posts alerts at all
 * @param hours            the window a spike is counted over (1–168)
 * @param threshold        the z-score a tag's count must reach (every tag without a threshold of its own)
 * @param minCount         the fewest taggings in the window that can be a spike
 * @param cooldownHours    after an alert, the hours during which the same tag in the same project alerts no more:
 *                         one alert per spike
 * @param tagThresholds    per-tag thresholds (normalized tag → z-score), overriding {@code threshold}
 * @param alertProject     the key of the project whose followers are told of every alert besides the tag's followers
 * @param problemIssueType the issue type of a problem raised from a spike
 * @param problemLinkType  the issue link type from the problem to each issue of the spike
 */
public record SpikeSettings(boolean enabled, int hours, double threshold, int minCount, int cooldownHours,
                            Map<String, Double> tagThresholds, Optional<String> alertProject, String problemIssueType,
                            String problemLinkType) {
    static final String PREFIX = "spike.";
    static final String TAG_THRESHOLD_PREFIX = PREFIX + "threshold.tag.";
    public static final SpikeSettings DEFAULTS = new SpikeSettings(true, 4, 8.0, 5, 24, Map.of(), Optional.empty(),
            "Problem", "Relates");

    public SpikeSettings {
        tagThresholds = Map.copyOf(tagThresholds);
        if (hours < 1 || hours > TrendingTags.MAX_HOURS || !(threshold > 0) || minCount < 1 || cooldownHours < 0
                || cooldownHours > 24 * 90 || problemIssueType.isBlank() || problemLinkType.isBlank()) {
            throw new IllegalArgumentException("hours 1-" + TrendingTags.MAX_HOURS + ", threshold > 0, minCount >= 1, "
                    + "cooldownHours 0-2160, issue type and link type not blank");
        }
        for (double value : tagThresholds.values()) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("a tag's threshold must be > 0");
            }
        }
    }

    /** The rule for one tag: its own threshold, or the global one. */
    public SpikeRule ruleFor(String tag) {
        return new SpikeRule(tagThresholds.getOrDefault(tag, threshold), minCount);
    }

    static SpikeSettings read(Settings settings) {
        Map<String, String> values = settings.withPrefix(PREFIX);
        SpikeSettings d = DEFAULTS;
        Map<String, Double> perTag = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(TAG_THRESHOLD_PREFIX)) {
                parseDouble(value).filter(v -> v > 0).ifPresent(v -> perTag.put(key.substring(
                        TAG_THRESHOLD_PREFIX.length()), v));
            }
        });
        try {
            return new SpikeSettings(
                    !"false".equals(values.get(PREFIX + "enabled")),
                    parseInt(values.get(PREFIX + "hours")).orElse(d.hours()),
                    parseDouble(values.get(PREFIX + "threshold")).orElse(d.threshold()),
                    parseInt(values.get(PREFIX + "minCount")).orElse(d.minCount()),
                    parseInt(values.get(PREFIX + "cooldownHours")).orElse(d.cooldownHours()),
                    perTag,
                    Optional.ofNullable(values.get(PREFIX + "alertProject")).filter(v -> !v.isBlank()),
                    Optional.ofNullable(values.get(PREFIX + "problemIssueType")).filter(v -> !v.isBlank())
                            .orElse(d.problemIssueType()),
                    Optional.ofNullable(values.get(PREFIX + "problemLinkType")).filter(v -> !v.isBlank())
                            .orElse(d.problemLinkType()));
        } catch (IllegalArgumentException e) {
            // A value written by hand out of range: the defaults rather than no alerts at all.
            return DEFAULTS;
        }
    }

    /** Writes every value (the per-tag thresholds: those given are set, a tag mapped to 0 loses its own). */
    void write(Settings settings) {
        settings.put(PREFIX + "enabled", Boolean.toString(enabled));
        settings.put(PREFIX + "hours", Integer.toString(hours));
        settings.put(PREFIX + "threshold", Double.toString(threshold));
        settings.put(PREFIX + "minCount", Integer.toString(minCount));
        settings.put(PREFIX + "cooldownHours", Integer.toString(cooldownHours));
        settings.put(PREFIX + "alertProject", alertProject.orElse(""));
        settings.put(PREFIX + "problemIssueType", problemIssueType);
        settings.put(PREFIX + "problemLinkType", problemLinkType);
        tagThresholds.forEach((tag, value) -> settings.put(TAG_THRESHOLD_PREFIX + tag, Double.toString(value)));
    }

    /** The normalized tag of an admin's input, for a per-tag threshold. */
    static Optional<String> normalizedTag(String typed) {
        return HashtagExtractor.normalizeTag(typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT));
    }

    private static Optional<Integer> parseInt(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> parseDouble(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
