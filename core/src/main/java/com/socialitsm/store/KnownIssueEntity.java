package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A known issue shown on a customer portal (added in schema v7): an agent's customer-facing title and text for one
 * issue, never the issue's own summary or description. One per issue ({@code ISSUE_ID} is unique).
 */
@Table("KnownIssue")
public interface KnownIssueEntity extends Entity {

    @Unique long getIssueId();
    void setIssueId(long issueId);

    @Indexed long getProjectId();
    void setProjectId(long projectId);

    /** The portal (JSM service desk) it is shown on. */
    @Indexed long getPortalId();
    void setPortalId(long portalId);

    @NotNull @StringLength(255) String getTitle();
    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED) String getPublicText();
    void setPublicText(String text);

    /** "investigating", "identified" or "fixed". */
    @NotNull @StringLength(20) String getState();
    void setState(String state);

    @NotNull @StringLength(255) String getCreatedBy();
    void setCreatedBy(String userKey);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    long getUpdatedAt();
    void setUpdatedAt(long epochMillis);
}
