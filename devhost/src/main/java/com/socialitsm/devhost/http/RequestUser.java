package com.socialitsm.devhost.http;

import java.util.Optional;
import java.util.function.Supplier;

import com.socialitsm.web.CurrentUser;

/**
 * Who the request being served on this thread was authenticated as. {@link Authenticating} sets it around every
 * request; the app's REST resources read it as their {@link CurrentUser}. A thread-local is enough because Jersey on
 * Grizzly runs synchronous resource methods on the Grizzly worker thread that received the request.
 */
public final class RequestUser implements CurrentUser {
    private final ThreadLocal<String> current = new ThreadLocal<>();

    @Override
    public Optional<String> userKey() {
        return Optional.ofNullable(current.get());
    }

    /** Runs the work as the user (empty: anonymous), and forgets the user afterwards. */
    public <T> T callAs(Optional<String> user, Supplier<T> work) {
        String previous = current.get();
        current.set(user.orElse(null));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }
}
