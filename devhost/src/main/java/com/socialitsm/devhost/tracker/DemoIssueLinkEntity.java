package com.socialitsm.devhost.tracker;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A link between two demo issues, as Jira's issue links: a type, a source (outward) and a destination (inward). */
@Table("DemoIssueLink")
public interface DemoIssueLinkEntity extends Entity {

    /** {@code sourceId|destinationId|type}: one link of a type between two issues. */
    @NotNull @Unique @StringLength(190) String getLinkKey();
    void setLinkKey(String linkKey);

    @Indexed int getSourceId();
    void setSourceId(int issueId);

    @Indexed int getDestinationId();
    void setDestinationId(int issueId);

    @NotNull @StringLength(60) String getLinkType();
    void setLinkType(String linkType);

    @NotNull @StringLength(60) String getAuthor();
    void setAuthor(String userName);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
