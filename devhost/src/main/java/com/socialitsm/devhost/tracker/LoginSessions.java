package com.socialitsm.devhost.tracker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import net.java.ao.Query;

import com.socialitsm.store.Store;

/**
 * Login sessions of the devhost's pages, in the database so that every node on it knows them. The cookie carries a
 * random token; only its SHA-256 is stored. Each session has its own XSRF token for the page forms (Jira's
 * {@code atl_token}).
 */
public final class LoginSessions {
    public static final Duration LIFETIME = Duration.ofDays(7);

    private final Store store;
    private final Clock clock;
    private final SecureRandom random;

    public LoginSessions(Store store, Clock clock, SecureRandom random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    /** A logged-in session: who, and the token its forms must carry. */
    public record Session(String userName, String xsrfToken) {
    }

    /** A new session: the cookie value to hand to the browser, and the session. */
    public record Started(String cookieValue, Session session) {
    }

    public Started start(String userName) {
        String cookieValue = token(32);
        String xsrf = token(20);
        long now = clock.millis();
        store.executeInTransaction(() -> {
            store.deleteWithSQL(DemoSessionEntity.class, "EXPIRES_AT < ?", now);
            store.create(DemoSessionEntity.class, Map.of(
                    "TOKEN_HASH", hash(cookieValue),
                    "USER_NAME", userName,
                    "XSRF_TOKEN", xsrf,
                    "EXPIRES_AT", now + LIFETIME.toMillis()));
            return null;
        });
        return new Started(cookieValue, new Session(userName, xsrf));
    }

    public Optional<Session> find(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        DemoSessionEntity[] rows = store.find(DemoSessionEntity.class, Query.select()
                .where("TOKEN_HASH = ? AND EXPIRES_AT > ?", hash(cookieValue), clock.millis()));
        return rows.length == 0 ? Optional.empty() : Optional.of(new Session(rows[0].getUserName(), rows[0].getXsrfToken()));
    }

    public void end(String cookieValue) {
        if (cookieValue != null && !cookieValue.isEmpty()) {
            store.deleteWithSQL(DemoSessionEntity.class, "TOKEN_HASH = ?", hash(cookieValue));
        }
    }

    private String token(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
