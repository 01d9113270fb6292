package com.socialitsm.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import net.java.ao.Query;

import com.socialitsm.store.Criteria;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.Store;

/**
 * Reads and writes app settings, one row per key in {@code SETTING}. Never cached on a node, so that a change made on
 * one Jira node is seen by all at once; features read a whole prefix in one statement.
 */
public final class Settings {
    private static final int RACE_ATTEMPTS = 3;
    private static final int MAX_KEY_LENGTH = 190;

    private final Store store;

    public Settings(Store store) {
        this.store = Objects.requireNonNull(store);
    }

    public Optional<String> get(String key) {
        SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getSettingValue());
    }

    /** Every setting whose key starts with {@code prefix}, in one statement. */
    public Map<String, String> withPrefix(String prefix) {
        return read(List.of(prefix)).withPrefix(prefix);
    }

    /** Every setting whose key starts with one of the prefixes, in one statement (none for no prefixes). */
    public SettingsSnapshot read(Collection<String> prefixes) {
        if (prefixes.isEmpty()) {
            return SettingsSnapshot.EMPTY;
        }
        List<String> likes = new ArrayList<>();
        List<Object> patterns = new ArrayList<>();
        for (String prefix : prefixes) {
            likes.add("SETTING_KEY LIKE ?" + Criteria.LIKE_ESCAPE);
            patterns.add(Criteria.likePrefix(prefix));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingEntity row : store.find(SettingEntity.class,
                Query.select().where(String.join(" OR ", likes), patterns.toArray()).order("SETTING_KEY"))) {
            // LIKE compares under the column's collation (case-insensitive on MariaDB): check the exact prefix here.
            String key = row.getSettingKey();
            if (prefixes.stream().anyMatch(key::startsWith)) {
                values.put(key, row.getSettingValue());
            }
        }
        return new SettingsSnapshot(values);
    }

    /** Sets a value, creating the row if needed; safe when two nodes set the same new key at once. */
    public void put(String key, String value) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A setting key is 1-" + MAX_KEY_LENGTH + " characters");
        }
        store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
            if (rows.length == 0) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("SETTING_KEY", key);
                row.put("SETTING_VALUE", value);
                store.create(SettingEntity.class, row);
            } else {
                rows[0].setSettingValue(value);
                rows[0].save();
            }
            return null;
        });
    }
}
