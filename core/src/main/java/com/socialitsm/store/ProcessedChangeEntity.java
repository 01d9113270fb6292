package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An issue change already handled: the engine's idempotency guard. */
@Table("ProcessedChange")
public interface ProcessedChangeEntity extends Entity {

    @NotNull @Unique @StringLength(200) String getChangeKey();
    void setChangeKey(String changeKey);

    /** Not indexed: nothing reads by issue, and each change would pay for the index entry. */
    long getIssueId();
    void setIssueId(long issueId);

    long getProcessedAt();
    void setProcessedAt(long epochMillis);
}
