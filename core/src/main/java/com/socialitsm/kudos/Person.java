package com.socialitsm.kudos;

import java.util.Objects;

/** Someone to suggest as a kudos receiver. */
public record Person(String user, String displayName, String avatarUrl) {
    public Person {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
    }
}
