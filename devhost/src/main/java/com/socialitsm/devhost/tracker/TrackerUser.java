package com.socialitsm.devhost.tracker;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.socialitsm.host.UserRef;

/** A demo user; the name is also the key. */
public record TrackerUser(String name, String displayName, String email, String jobTitle, boolean admin,
                          boolean active) {

    /** The devhost's generated avatar (initials on a colour of the user's own). */
    public String avatarPath() {
        return "/secure/useravatar?ownerId=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    public String initials() {
        String[] words = displayName.trim().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(java.util.Locale.ROOT);
    }

    public UserRef toUserRef() {
        return new UserRef(name, displayName, avatarPath(), active);
    }
}
