package com.socialitsm.settings;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.socialitsm.store.Store;

/**
 * Which features are switched off in which project. Every feature is on unless an admin switched it off; a switched-off
 * feature is stored as {@code feature.off.<projectId>.<feature> = true} in SETTING (by project id, which survives a
 * project key change). Read from the database on every call, never cached on a node, so a switch made on one Jira
 * node holds on all at once; a read is one statement.
 */
public final class ProjectFeatures {
    static final String PREFIX = "feature.off.";

    private final Store store;
    private final Settings settings;

    public ProjectFeatures(Store store, Settings settings) {
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
    }

    /** The features switched off in one project (empty: everything on). */
    public Set<Feature> offIn(long projectId) {
        return switchedOff(projectId, new SettingsSnapshot(settings.withPrefix(settingsPrefix(projectId))));
    }

    /** The SETTING prefix of one project's switches, for reading them with other settings in one statement. */
    public static String settingsPrefix(long projectId) {
        return PREFIX + projectId + ".";
    }

    /** The features switched off in one project, from settings read under {@link #settingsPrefix}. */
    public static Set<Feature> switchedOff(long projectId, SettingsSnapshot settings) {
        Set<Feature> off = EnumSet.noneOf(Feature.class);
        String prefix = settingsPrefix(projectId);
        settings.withPrefix(prefix).forEach((key, value) -> {
            if (Boolean.parseBoolean(value)) {
                Feature.byId(key.substring(prefix.length())).ifPresent(off::add);
            }
        });
        return off;
    }

    public boolean isOn(long projectId, Feature feature) {
        return !offIn(projectId).contains(feature);
    }

    /** Every project that has a feature switched off, with those features, in one statement. */
    public Map<Long, Set<Feature>> allOff() {
        Map<Long, Set<Feature>> off = new HashMap<>();
        settings.withPrefix(PREFIX).forEach((key, value) -> {
            String[] parts = key.substring(PREFIX.length()).split("\\.", 2);
            if (parts.length == 2 && Boolean.parseBoolean(value)) {
                try {
                    long projectId = Long.parseLong(parts[0]);
                    Feature.byId(parts[1]).ifPresent(feature ->
                            off.computeIfAbsent(projectId, id -> EnumSet.noneOf(Feature.class)).add(feature));
                } catch (NumberFormatException e) {
                    // Not ours: a key someone wrote by hand. Ignored, as an unreadable switch means "on".
                }
            }
        });
        return off;
    }

    /** Switches features on or off for a project, all in one transaction; returns what is off afterwards. */
    public Set<Feature> set(long projectId, Map<Feature, Boolean> on) {
        store.executeInTransaction(() -> {
            on.forEach((feature, enabled) ->
                    settings.put(PREFIX + projectId + "." + feature.id(), Boolean.toString(!enabled)));
            return null;
        });
        return offIn(projectId);
    }
}
