package com.socialitsm.knownissue;

import java.util.Locale;
import java.util.Optional;

/** Where a known issue stands, as customers read it. Stored and sent as the lower-case name. */
public enum KnownIssueStatus {
    INVESTIGATING, IDENTIFIED, FIXED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named by {@code text} ("investigating", "identified", "fixed"), empty for anything else. */
    public static Optional<KnownIssueStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (KnownIssueStatus status : values()) {
            if (status.wire().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
