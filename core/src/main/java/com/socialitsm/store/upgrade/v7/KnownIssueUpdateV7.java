package com.socialitsm.store.upgrade.v7;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Version 7's frozen copy.  An agent's public update on a known issue: a message for its followers, with the state it set. */
@Table("KnownIssueUpdate")
public interface KnownIssueUpdateV7 extends Entity {

    @Indexed long getKnownIssueId();
    void setKnownIssueId(long knownIssueId);

    @NotNull @StringLength(255) String getAuthor();
    void setAuthor(String userKey);

    @StringLength(StringLength.UNLIMITED) String getMessage();
    void setMessage(String message);

    @NotNull @StringLength(20) String getState();
    void setState(String state);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
