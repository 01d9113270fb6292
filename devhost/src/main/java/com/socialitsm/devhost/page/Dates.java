package com.socialitsm.devhost.page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.socialitsm.web.page.I18nBundle;

/**
 * Times as the pages show them: relative ("3 h ago", from the same i18n keys as core.js's {@code ago}) with the full
 * date for a tooltip.
 */
public final class Dates {
    private final Clock clock;
    private final I18nBundle i18n;
    private final DateTimeFormatter full;

    public Dates(Clock clock, I18nBundle i18n, ZoneId zone) {
        this.clock = clock;
        this.i18n = i18n;
        this.full = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(zone);
    }

    public String relative(Instant at) {
        long seconds = Math.max(0, Duration.between(at, clock.instant()).getSeconds());
        if (seconds < 60) {
            return i18n.text("social.time.now");
        }
        if (seconds < 3600) {
            return i18n.text("social.time.minutes", seconds / 60);
        }
        if (seconds < 86_400) {
            return i18n.text("social.time.hours", seconds / 3600);
        }
        return i18n.text("social.time.days", seconds / 86_400);
    }

    public String full(Instant at) {
        return full.format(at);
    }

    /** ISO-8601, for {@code <time datetime>}. */
    public String iso(Instant at) {
        return at.toString();
    }
}
