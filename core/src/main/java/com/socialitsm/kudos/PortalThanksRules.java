package com.socialitsm.kudos;

import java.util.Map;

/**
 * The admin's rule for a portal customer's thanks (issue #17 part 2), beside {@link KudosRules} in its own SETTING
 * row, as {@link BossRules}. A thanks is always recorded (the agent's profile and feed show it); 0 points only make it
 * worth nothing.
 *
 * @param points   for each agent who worked on the request (its assignee and first responder)
 * @param dailyCap how many requests one customer may thank per UTC day
 */
public record PortalThanksRules(int points, int dailyCap) {
    static final int MAX_DAILY_CAP = 100;

    public PortalThanksRules {
        if (points < 0 || points > KudosRules.MAX_POINTS) {
            throw new IllegalArgumentException("points must be between 0 and " + KudosRules.MAX_POINTS);
        }
        if (dailyCap < 1 || dailyCap > MAX_DAILY_CAP) {
            throw new IllegalArgumentException("dailyCap must be between 1 and " + MAX_DAILY_CAP);
        }
    }

    public static PortalThanksRules defaults() {
        return new PortalThanksRules(5, 5);
    }

    String format() {
        return "points=" + points + "\ndailyCap=" + dailyCap + "\n";
    }

    /** The stored form read back; anything missing or unreadable keeps its default. */
    static PortalThanksRules parse(String text) {
        PortalThanksRules d = defaults();
        if (text == null || text.isBlank()) {
            return d;
        }
        Map<String, String> values = RuleText.values(text);
        int points = number(values.get("points"), d.points);
        int cap = number(values.get("dailyCap"), d.dailyCap);
        try {
            return new PortalThanksRules(points, cap);
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
