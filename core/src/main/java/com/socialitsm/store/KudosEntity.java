package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A thank-you from one user to another for an issue, with a message. */
@Table("Kudos")
public interface KudosEntity extends Entity {

    @Indexed @NotNull @StringLength(255) String getGiver();
    void setGiver(String userKey);

    @Indexed @NotNull @StringLength(255) String getReceiver();
    void setReceiver(String userKey);

    /** giver + "|" + receiver, to make repeated kudos between the same two people worth less. */
    @Indexed @NotNull @StringLength(400) String getPair();
    void setPair(String pair);

    /** The issue it thanks for, 0 if none (indexed for the issue's kudos panel, added in schema v1 by kudos). */
    @Indexed long getIssueId();
    void setIssueId(long issueId);

    long getProjectId();
    void setProjectId(long projectId);

    @StringLength(StringLength.UNLIMITED) String getMessage();
    void setMessage(String message);

    int getPoints();
    void setPoints(int points);

    @Indexed long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
