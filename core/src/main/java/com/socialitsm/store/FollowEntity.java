package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One user following one target: an issue, a hashtag, a user or a project. */
@Table("Follow")
public interface FollowEntity extends Entity {

    /** follower + "|" + target: one follow per pair. */
    @NotNull @Unique @StringLength(400) String getFollowKey();
    void setFollowKey(String followKey);

    @Indexed @NotNull @StringLength(255) String getFollower();
    void setFollower(String userKey);

    /** type + ":" + id, e.g. "issue:10001", "hashtag:vpn", "user:bob", "project:10000". */
    @Indexed @NotNull @StringLength(140) String getTarget();
    void setTarget(String target);

    long getSince();
    void setSince(long epochMillis);

    /** Followed automatically because the user took part, not by choice. */
    boolean isAuto();
    void setAuto(boolean auto);

    /** Muted: the user stays out of this target and gets nothing from it in the feed. */
    boolean isMuted();
    void setMuted(boolean muted);
}
