package com.socialitsm.qa;

import java.util.Optional;

/** Small rules for what people send: optional texts that may be blank, and quoting input back in messages. */
final class QaInputs {
    private static final int MAX_QUOTED = 70;

    private QaInputs() {
    }

    /** The trimmed value, or empty when absent or blank. */
    static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The input in quotes for a message, cut to a readable length. */
    static String quoted(String input) {
        String text = input == null ? "" : input;
        return "\"" + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text) + "\"";
    }
}
