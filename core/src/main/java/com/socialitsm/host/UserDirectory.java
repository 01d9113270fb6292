package com.socialitsm.host;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    /**
     * Active users whose user name (key) or display name contains {@code query} (ignoring case), at most {@code limit},
     * by display name: what a user picker offers. A host that limits who may look users up (Jira's "Browse users"
     * global permission) answers nothing to a viewer who may not. A blank query finds nobody.
     */
    List<UserRef> search(String query, int limit);

    /** {@link #search} over users a host holds in memory: one rule for the devhost and the test hosts. */
    static List<UserRef> searchAmong(Collection<UserRef> users, String query, int limit) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || limit < 1) {
            return List.of();
        }
        return users.stream()
                .filter(UserRef::active)
                .filter(u -> u.key().toLowerCase(Locale.ROOT).contains(text)
                        || u.displayName().toLowerCase(Locale.ROOT).contains(text))
                .sorted(Comparator.comparing((UserRef u) -> u.displayName().toLowerCase(Locale.ROOT))
                        .thenComparing(UserRef::key))
                .limit(limit)
                .toList();
    }
}
