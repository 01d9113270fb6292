package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The kudos ledger: one immutable award (or reversal) with its reason and the event that caused it. Rows are never
 * updated or deleted; a reversal is a new row with the negated points, the same reason and slot, and REVERSES set.
 */
@Indexes({@Index(name = "user_created", methodNames = {"getUserKey", "getCreatedAt"})})
@Table("PointsEntry")
public interface PointsEntryEntity extends Entity {

    /** Identifies the event that earned it: the idempotency key. A reversal has its own key. */
    @NotNull @Unique @StringLength(200) String getSourceKey();
    void setSourceKey(String sourceKey);

    /**
     * What can be earned once at a time, e.g. "resolved|10001" or "first-tag|bob|vpn": awards and reversals of one
     * slot alternate, so at most one award per slot is in force (added in schema v1 by the kudos feature).
     */
    @Indexed @StringLength(200) String getSlot();
    void setSlot(String slot);

    /** Read through the (USER_KEY, CREATED_AT) index, whose first column serves a user's rows alone as well. */
    @NotNull @StringLength(255) String getUserKey();
    void setUserKey(String userKey);

    int getPoints();
    void setPoints(int points);

    /** A rule code: resolved, first-tag, first-response, answer-accepted, answer-upvoted, kudos (reversals keep it). */
    @NotNull @StringLength(40) String getReason();
    void setReason(String reason);

    @Indexed long getIssueId();
    void setIssueId(long issueId);

    @Indexed long getProjectId();
    void setProjectId(long projectId);

    @Indexed long getCreatedAt();
    void setCreatedAt(long epochMillis);

    /** For a reversal: the source key of the award it cancels. */
    @Indexed @StringLength(200) String getReverses();
    void setReverses(String sourceKey);

    @StringLength(450) String getDetail();
    void setDetail(String detail);
}
