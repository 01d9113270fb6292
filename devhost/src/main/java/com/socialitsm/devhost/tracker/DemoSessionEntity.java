package com.socialitsm.devhost.tracker;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A login session of the devhost's pages, kept in the database so that every node serving the same database
 * knows it. Only a hash of the cookie value is stored.
 */
@Table("DemoSession")
public interface DemoSessionEntity extends Entity {

    /** SHA-256 of the session cookie's value, hex. */
    @NotNull @Unique @StringLength(64) String getTokenHash();
    void setTokenHash(String hash);

    @NotNull @StringLength(60) String getUserName();
    void setUserName(String userName);

    /** The page forms' XSRF token (Jira's atl_token) of this session. */
    @NotNull @StringLength(64) String getXsrfToken();
    void setXsrfToken(String token);

    @Indexed long getExpiresAt();
    void setExpiresAt(long epochMillis);
}
