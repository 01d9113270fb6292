package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A listening post's source: a chat integration (Slack/Mattermost, Teams, plain JSON) that posts messages to the app's URL
 * {@code /rest/social/1.0/listen/<secret>} (added in schema v9).
 */
@Table("ListenSource")
public interface ListenSourceEntity extends Entity {

    @NotNull @StringLength(255) String getSourceName();
    void setSourceName(String name);

    /** "slack" (Slack and Mattermost outgoing webhooks), "teams" (Microsoft Teams outgoing webhooks) or "plain". */
    @NotNull @StringLength(20) String getSourceFormat();
    void setSourceFormat(String format);

    /** SHA-256 (hex) of the URL's secret: what a request is looked up by, so the lookup never compares secrets. */
    @NotNull @Unique @StringLength(64) String getSecretHash();
    void setSecretHash(String sha256Hex);

    /** The URL's secret (base64url, 256 random bits), kept so that administrators can read the URL again. */
    @NotNull @StringLength(64) String getSecret();
    void setSecret(String secret);

    /** Teams: the base64 HMAC key Teams shows when the webhook is created; Slack/Mattermost: the token; or null. */
    @StringLength(255) String getSharedKey();
    void setSharedKey(String key);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    @StringLength(255) String getCreatedBy();
    void setCreatedBy(String userKey);
}
