package com.socialitsm.host;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks users up in the host: by key for display, and by key or user name for what a request names. */
public interface UserDirectory {

    /** The user with this key or, failing that, this user name. */
    Optional<UserRef> byKeyOrName(String keyOrName);

    /**
     * The user with this user name (what people type: a {@code [~name]} or {@code @name} mention), never by key.
     * Jira: {@code UserManager.getUserByName(String)}.
     */
    Optional<UserRef> byName(String userName);

    /** The users that exist among these keys, by key. */
    Map<String, UserRef> byKeys(Collection<String> userKeys);
}
