package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The number of upvotes of one issue, denormalized from the VOTE rows so that "top-voted issues of a project" is one
 * bounded index scan (Active Objects cannot GROUP BY). Never incremented: every vote change recounts the issue's VOTE
 * rows while holding this row's lock, so the column heals itself and two nodes voting at once cannot lose a vote.
 */
@Indexes({@Index(name = "project_votes", methodNames = {"getProjectId", "getVoteCount"})})
@Table("IssueVotes")
public interface IssueVotesEntity extends Entity {

    @Unique long getIssueId();
    void setIssueId(long issueId);

    long getProjectId();
    void setProjectId(long projectId);

    int getVoteCount();
    void setVoteCount(int voteCount);

    /** When the count was last recounted; writing it is also how a vote change takes this row's lock first. */
    long getCountedAt();
    void setCountedAt(long epochMillis);
}
