package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An answer to a community question. */
@Table("Answer")
public interface AnswerEntity extends Entity {

    @Indexed int getQuestionId();
    void setQuestionId(int questionId);

    @StringLength(StringLength.UNLIMITED) String getBody();
    void setBody(String markdown);

    @Indexed @NotNull @StringLength(255) String getAuthor();
    void setAuthor(String userKey);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    long getEditedAt();
    void setEditedAt(long epochMillis);

    boolean isDeleted();
    void setDeleted(boolean deleted);

    int getUpvotes();
    void setUpvotes(int upvotes);

    int getDownvotes();
    void setDownvotes(int downvotes);

    /** An agent marked this answer to a portal question verified (added in schema v10). */
    boolean isVerified();
    void setVerified(boolean verified);

    /**
     * The portal question an internal answer was published as ({@code POST /portal/answers/{id}/publish}), 0 if it
     * never was (added in schema v11): a second publish updates that copy instead of making another.
     */
    @Indexed int getPublishedAs();
    void setPublishedAs(int portalQuestionId);
}
