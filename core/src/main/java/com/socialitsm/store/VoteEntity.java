package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One upvote ("me too") by one user on one issue. The count is the number of rows. */
@Table("Vote")
public interface VoteEntity extends Entity {

    /** issueId + "|" + voter. */
    @NotNull @Unique @StringLength(300) String getVoteKey();
    void setVoteKey(String voteKey);

    @Indexed long getIssueId();
    void setIssueId(long issueId);

    @Indexed long getProjectId();
    void setProjectId(long projectId);

    @Indexed @NotNull @StringLength(255) String getVoter();
    void setVoter(String userKey);

    @Indexed long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
