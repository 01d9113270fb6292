package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One vote by one user on one idea (added in schema v5). The count is the number of rows. */
@Table("IdeaVote")
public interface IdeaVoteEntity extends Entity {

    /** ideaId + "|" + voter: unique, so two racing votes of one user end with one row. */
    @NotNull @Unique @StringLength(300) String getVoteKey();
    void setVoteKey(String voteKey);

    @Indexed long getIdeaId();
    void setIdeaId(long ideaId);

    /** For "trending": the project's votes of the last seven days. */
    @Indexed long getProjectId();
    void setProjectId(long projectId);

    @Indexed @NotNull @StringLength(255) String getVoter();
    void setVoter(String userKey);

    @Indexed long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
