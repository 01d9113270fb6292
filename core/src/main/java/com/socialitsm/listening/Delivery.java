package com.socialitsm.listening;

import java.util.Objects;
import java.util.Optional;

/**
 * One request to a source's URL, as the host received it.
 *
 * @param body          the raw body (what Teams signs)
 * @param authorization the {@code Authorization} header, if any (Teams: {@code HMAC <base64 signature>})
 * @param message       the message read from the body; empty when the body was malformed (no {@code text})
 */
public record Delivery(byte[] body, Optional<String> authorization, Optional<ChatMessage> message) {
    public Delivery {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(message, "message");
    }
}
