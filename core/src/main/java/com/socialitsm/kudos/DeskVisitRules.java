package com.socialitsm.kudos;

import java.util.Map;

/**
 * The admin's rule for confirmed desk visits, beside {@link KudosRules} (its own SETTING row, so that the kudos rules'
 * stored form and constructor stay as they are). 0 points switch it off. Never for self-reported issues: a visit to
 * one's own desk is no visit.
 *
 * @param points    for the assignee when the reporter confirms the visit
 * @param dailyCap  confirmed visits that earn points per agent and UTC day; further ones are confirmed without points
 */
public record DeskVisitRules(int points, int dailyCap) {
    static final int MAX_CAP = 100;

    public DeskVisitRules {
        if (points < 0 || points > KudosRules.MAX_POINTS) {
            throw new IllegalArgumentException("points must be between 0 and " + KudosRules.MAX_POINTS);
        }
        if (dailyCap < 0 || dailyCap > MAX_CAP) {
            throw new IllegalArgumentException("dailyCap must be between 0 and " + MAX_CAP);
        }
    }

    public static DeskVisitRules defaults() {
        return new DeskVisitRules(10, 3);
    }

    String format() {
        return "points=" + points + "\ndailyCap=" + dailyCap + "\n";
    }

    /** The stored form read back; a missing or unreadable value falls back to its default. */
    static DeskVisitRules parse(String text) {
        DeskVisitRules d = defaults();
        if (text == null || text.isBlank()) {
            return d;
        }
        Map<String, String> values = RuleText.values(text);
        return new DeskVisitRules(number(values.get("points"), d.points, KudosRules.MAX_POINTS),
                number(values.get("dailyCap"), d.dailyCap, MAX_CAP));
    }

    private static int number(String text, int fallback, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text);
            return value < 0 || value > max ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
