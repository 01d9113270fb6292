package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A problem raised from a spike of a tag (added in schema v8). CLAIM_KEY (the tag and the number of its raised problems) is unique, so that two users raising at once create one issue: the loser finds the winner's row and answers its issue. */
@Table("SpikeProblem")
public interface SpikeProblemEntity extends Entity {

    /** {@code tag|n}: the n-th problem raised for the tag. */
    @NotNull @Unique @StringLength(190) String getClaimKey();
    void setClaimKey(String claimKey);

    @Indexed @NotNull @StringLength(100) String getTag();
    void setTag(String tag);

    int getSeq();
    void setSeq(int seq);

    /** The raised issue's key; empty while the claim's issue is being created. */
    @StringLength(255) String getIssueKey();
    void setIssueKey(String issueKey);

    /** How many issues of the spike were linked to it. */
    int getLinked();
    void setLinked(int linked);

    /** The ids of the linked issues, comma-separated, so that each reader is told only of those they may browse. */
    @StringLength(StringLength.UNLIMITED) String getLinkedIds();
    void setLinkedIds(String issueIds);

    /** The window (hours) the spike was looked at over: the problem answers for the tag for that long. */
    int getHours();
    void setHours(int hours);

    @Indexed long getRaisedAt();
    void setRaisedAt(long epochMillis);

    @NotNull @StringLength(255) String getRaisedBy();
    void setRaisedBy(String userKey);
}
