package com.socialitsm.kudos;

import java.util.Map;

/**
 * The admin's rule for defeating a project's boss (its most-upvoted open issue), beside {@link KudosRules} in its own
 * SETTING row, as {@link DeskVisitRules}. 0 points switch the bonus off; the boss-fight badge is earned either way.
 * Reopening the issue takes bonus and badge back.
 *
 * @param bonusPoints for the assignee who resolves the boss, on top of the resolution points
 */
public record BossRules(int bonusPoints) {

    public BossRules {
        if (bonusPoints < 0 || bonusPoints > KudosRules.MAX_POINTS) {
            throw new IllegalArgumentException("bonusPoints must be between 0 and " + KudosRules.MAX_POINTS);
        }
    }

    public static BossRules defaults() {
        return new BossRules(50);
    }

    String format() {
        return "bonusPoints=" + bonusPoints + "\n";
    }

    /** The stored form read back; a missing or unreadable value falls back to its default. */
    static BossRules parse(String text) {
        BossRules d = defaults();
        if (text == null || text.isBlank()) {
            return d;
        }
        Map<String, String> values = RuleText.values(text);
        try {
            int points = Integer.parseInt(values.getOrDefault("bonusPoints", ""));
            return points < 0 || points > KudosRules.MAX_POINTS ? d : new BossRules(points);
        } catch (NumberFormatException e) {
            return d;
        }
    }
}
