package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One user following one target: an issue, a hashtag, a user or a project. (TARGET, FAN_IN) lets delivery read only
 * the fan-out followers of a popular target; (FOLLOWER, FAN_IN) lets the feed join only a user's fan-in follows. Each
 * also serves every read by its first column alone, so neither column has an index of its own (one less to write per
 * follow, and an issue change often auto-follows).
 */
@Indexes({@Index(name = "target_fan_in", methodNames = {"getTarget", "isFanIn"}),
        @Index(name = "follower_fan_in", methodNames = {"getFollower", "isFanIn"})})
@Table("Follow")
public interface FollowEntity extends Entity {

    /** follower + "|" + target: one follow per pair. */
    @NotNull @Unique @StringLength(400) String getFollowKey();
    void setFollowKey(String followKey);

    @NotNull @StringLength(255) String getFollower();
    void setFollower(String userKey);

    /** type + ":" + id, e.g. "issue:10001", "hashtag:vpn", "user:bob", "project:10000". */
    @NotNull @StringLength(140) String getTarget();
    void setTarget(String target);

    long getSince();
    void setSince(long epochMillis);

    /** Followed automatically because the user took part, not by choice. */
    boolean isAuto();
    void setAuto(boolean auto);

    /** Muted: the user stays out of this target and gets nothing from it in the feed. */
    boolean isMuted();
    void setMuted(boolean muted);

    /**
     * The target has so many followers that its activity is not fanned out to this follower's FEED_ITEM rows: the
     * feed reads the target's ACTIVITY_TARGET range instead (fan-in on read). Kept per row so that the feed's read
     * can join the follows it needs, and so that a target switching over needs no coordination between nodes.
     */
    @NotNull @Default("false") boolean isFanIn();
    void setFanIn(boolean fanIn);
}
