package com.socialitsm.listening;

import java.util.Objects;
import java.util.Optional;

/**
 * A message as the host read it from a request: its text, and the token Slack and Mattermost send in the message
 * ({@code token}), if any.
 */
public record ChatMessage(String text, Optional<String> token) {
    public ChatMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(token, "token");
    }
}
