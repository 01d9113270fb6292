package com.socialitsm.listening;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A source as administrators see it.
 *
 * @param secret      the secret part of its URL ({@code /rest/social/1.0/listen/<secret>})
 * @param signed      whether a shared key is set (Teams: HMAC verified; Slack/Mattermost: the token checked)
 * @param lastHeard   when it last posted a message, if it did in the last 30 days
 * @param lastExcerpt the excerpt of that message, if it had hashtags
 */
public record ListeningSource(long id, String name, ListenFormat format, String secret, boolean signed,
                              Instant createdAt, Optional<Instant> lastHeard, Optional<String> lastExcerpt) {
    public ListeningSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(lastHeard, "lastHeard");
        Objects.requireNonNull(lastExcerpt, "lastExcerpt");
    }
}
