package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One customer following one known issue (schema v7): they see its public updates and when it is fixed. */
@Table("KnownIssueFollower")
public interface KnownIssueFollowerEntity extends Entity {

    /** knownIssueId + "|" + follower. */
    @NotNull @Unique @StringLength(300) String getFollowKey();
    void setFollowKey(String key);

    @Indexed long getKnownIssueId();
    void setKnownIssueId(long knownIssueId);

    @Indexed @NotNull @StringLength(255) String getFollower();
    void setFollower(String userKey);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
