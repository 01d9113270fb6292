package com.socialitsm.devhost.tracker;

/**
 * The tracker's rules for what users type, with Jira's messages and default limits: 255 characters of summary,
 * 32,767 of description or comment; no NUL anywhere.
 */
final class TrackerInputs {
    static final int MAX_SUMMARY = 255;
    static final int MAX_TEXT = 32_767;

    private TrackerInputs() {
    }

    static String validSummary(String summary) {
        String s = withoutNul("summary", summary == null ? "" : summary).replaceAll("[\\r\\n\\t]+", " ").trim();
        if (s.isEmpty()) {
            throw TrackerException.invalid("summary", "You must specify a summary of the issue.");
        }
        if (s.length() > MAX_SUMMARY) {
            throw TrackerException.invalid("summary", "Summary must be less than " + MAX_SUMMARY + " characters.");
        }
        return s;
    }

    static String validText(String field, String text, boolean required) {
        String t = withoutNul(field, text == null ? "" : text).strip();
        if (required && t.isEmpty()) {
            throw TrackerException.invalid(field, "Comment body can not be empty!");
        }
        if (t.length() > MAX_TEXT) {
            throw TrackerException.invalid(field, "The entered text is too long. It exceeds the allowed limit of "
                    + MAX_TEXT + " characters.");
        }
        return t;
    }

    /** NUL is refused as the app's REST refuses it: databases differ on storing it and pages must never emit it. */
    private static String withoutNul(String field, String text) {
        if (text.indexOf('\0') >= 0) {
            throw TrackerException.invalid(field, "Text may not contain NUL characters.");
        }
        return text;
    }
}
