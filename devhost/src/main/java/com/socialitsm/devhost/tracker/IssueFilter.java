package com.socialitsm.devhost.tracker;

import java.util.Locale;

/** The dashboard's issue lists (the demo tracker has no JQL). */
public enum IssueFilter {
    OPEN, MINE, REPORTED, RESOLVED, ALL;

    public static IssueFilter parse(String name) {
        if (name == null || name.isBlank()) {
            return OPEN;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OPEN;
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
