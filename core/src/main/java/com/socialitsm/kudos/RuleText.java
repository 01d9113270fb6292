package com.socialitsm.kudos;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored form every kudos rule keeps in its SETTING row: one {@code name=value} a line. One reader for all of
 * them ({@link KudosRules}, {@link DeskVisitRules}, {@link BossRules}, {@link PortalThanksRules}); what a missing or
 * unreadable value falls back to stays each rule's own decision.
 */
final class RuleText {
    private RuleText() {
    }

    /** The name/value pairs of the stored text, names and values trimmed; lines without a name are skipped. */
    static Map<String, String> values(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return values;
    }
}
