package com.socialitsm.hashtag;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A tag's daily issues over the last days, as the viewer may see them (the tag page's picture).
 *
 * @param tag     the tag shown (a merged tag's days are its target's)
 * @param display its spelling
 * @param days    one entry per UTC day, oldest first, the last one today (so far)
 * @param usual   the usual issues per day: the mean over these days
 */
public record TagDays(String tag, String display, List<Day> days, double usual) {
    public TagDays {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(display, "display");
        days = List.copyOf(days);
    }

    /**
     * One day: issues that got the tag that day in projects the viewer may fully browse; {@code spike} when that is
     * far above the usual level ({@link TagDaysReader#isSpike}).
     */
    public record Day(LocalDate date, int issues, boolean spike) {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }
}
