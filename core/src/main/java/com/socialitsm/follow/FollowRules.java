package com.socialitsm.follow;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which kinds of participation auto-follow the participant, as an admin set them; every rule is on unless turned
 * off. Stored as {@code follow.auto.<participation> = true|false} in SETTING.
 */
public record FollowRules(Set<Participation> enabled) {
    public static final String SETTING_PREFIX = "follow.auto.";

    public FollowRules {
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
    }

    public static FollowRules allOn() {
        return new FollowRules(EnumSet.allOf(Participation.class));
    }

    public boolean autoFollows(Participation participation) {
        return enabled.contains(participation);
    }

    public FollowRules with(Participation participation, boolean on) {
        Set<Participation> changed = EnumSet.noneOf(Participation.class);
        changed.addAll(enabled);
        if (on) {
            changed.add(participation);
        } else {
            changed.remove(participation);
        }
        return new FollowRules(changed);
    }

    /** The rules from the settings under {@link #SETTING_PREFIX}; absent or unreadable values mean "on". */
    static FollowRules fromSettings(Map<String, String> settings) {
        Set<Participation> on = EnumSet.noneOf(Participation.class);
        for (Participation participation : Participation.values()) {
            String value = settings.get(participation.settingKey());
            if (value == null || !value.trim().equalsIgnoreCase("false")) {
                on.add(participation);
            }
        }
        return new FollowRules(on);
    }
}
