package com.socialitsm.host;

import java.util.Objects;

/** A user as the app shows them: stable key, display name, avatar address, and whether the account is active. */
public record UserRef(String key, String displayName, String avatarUrl, boolean active) {
    public UserRef {
        Objects.requireNonNull(key, "key");
        displayName = displayName == null || displayName.isBlank() ? key : displayName;
        avatarUrl = avatarUrl == null ? "" : avatarUrl;
    }
}
