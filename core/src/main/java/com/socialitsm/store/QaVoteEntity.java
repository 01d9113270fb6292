package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One user's vote (+1 or -1) on a question or an answer. */
@Table("QaVote")
public interface QaVoteEntity extends Entity {

    /** post + "|" + voter, where post is "q:ID" or "a:ID". */
    @NotNull @Unique @StringLength(300) String getVoteKey();
    void setVoteKey(String voteKey);

    @Indexed @NotNull @StringLength(20) String getPost();
    void setPost(String post);

    @NotNull @StringLength(255) String getVoter();
    void setVoter(String userKey);

    int getVoteValue();
    void setVoteValue(int value);
}
