package com.socialitsm.listening;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of chat integration posts to a source's URL; decides how a message is verified and cleaned. */
public enum ListenFormat {
    /** Slack and Mattermost outgoing webhooks: a form post (Mattermost may send JSON) with {@code text} and {@code token}. */
    SLACK("slack"),
    /** Microsoft Teams outgoing webhooks: JSON with an HTML {@code text}, signed with HMAC-SHA256 when a key is set. */
    TEAMS("teams"),
    /** Anything else: JSON {@code {"text": "..."}}. */
    PLAIN("plain");

    private final String key;

    ListenFormat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ListenFormat> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst();
    }
}
