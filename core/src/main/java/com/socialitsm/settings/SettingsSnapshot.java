package com.socialitsm.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SETTING rows under some prefixes, read in one statement ({@link Settings#read}): what one issue change needs
 * (the project's feature switches, the follow and kudos rules), read once and handed to each step.
 */
public record SettingsSnapshot(Map<String, String> values) {
    public static final SettingsSnapshot EMPTY = new SettingsSnapshot(Map.of());

    public SettingsSnapshot {
        values = new LinkedHashMap<>(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The settings whose key starts with {@code prefix}, in key order. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> matching = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                matching.put(key, value);
            }
        });
        return matching;
    }
}
