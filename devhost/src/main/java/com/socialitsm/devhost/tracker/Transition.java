package com.socialitsm.devhost.tracker;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo tracker's two workflow steps, with the ids of Jira's default workflow: Resolve (5) while an issue is
 * open, Reopen (3) while it is resolved.
 */
public enum Transition {
    RESOLVE("5", "Resolve"),
    REOPEN("3", "Reopen");

    private final String id;
    private final String label;

    Transition(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The transitions an issue offers now. */
    public static List<Transition> availableFor(TrackerIssue issue) {
        return issue.isResolved() ? List.of(REOPEN) : List.of(RESOLVE);
    }

    /** By Jira's id ("5") or by name ("Resolve", also Jira's "Resolve Issue"), ignoring case. */
    public static Optional<Transition> byIdOrName(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        String wanted = idOrName.trim().toLowerCase(Locale.ROOT);
        for (Transition t : values()) {
            String name = t.label.toLowerCase(Locale.ROOT);
            if (t.id.equals(wanted) || name.equals(wanted) || (name + " issue").equals(wanted)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
