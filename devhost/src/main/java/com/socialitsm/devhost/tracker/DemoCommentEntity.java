package com.socialitsm.devhost.tracker;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A comment on a demo issue. */
@Table("DemoComment")
public interface DemoCommentEntity extends Entity {

    @Indexed int getIssueId();
    void setIssueId(int issueId);

    @NotNull @StringLength(60) String getAuthor();
    void setAuthor(String userName);

    @StringLength(StringLength.UNLIMITED) String getBody();
    void setBody(String body);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    /** JSM's internal comment (agents only; never shown on the customer portal). Null on rows from before: public. */
    Boolean getInternalComment();
    void setInternalComment(Boolean internal);
}
