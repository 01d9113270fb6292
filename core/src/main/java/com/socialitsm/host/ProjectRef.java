package com.socialitsm.host;

import java.util.Objects;

/** A project: id, key and name. */
public record ProjectRef(long id, String key, String name) {
    public ProjectRef {
        Objects.requireNonNull(key, "key");
        name = name == null ? key : name;
    }
}
