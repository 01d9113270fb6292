package com.socialitsm.store.upgrade.v2;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of FOLLOW as model version 2 defines it. Never edit: a later version gets a copy of its own. */
@Indexes({@Index(name = "target_fan_in", methodNames = {"getTarget", "isFanIn"}),
        @Index(name = "follower_fan_in", methodNames = {"getFollower", "isFanIn"})})
@Table("Follow")
public interface FollowV2 extends Entity {

    @NotNull @Unique @StringLength(400) String getFollowKey();
    void setFollowKey(String followKey);

    @Indexed @NotNull @StringLength(255) String getFollower();
    void setFollower(String userKey);

    @Indexed @NotNull @StringLength(140) String getTarget();
    void setTarget(String target);

    long getSince();
    void setSince(long epochMillis);

    boolean isAuto();
    void setAuto(boolean auto);

    boolean isMuted();
    void setMuted(boolean muted);

    @NotNull @Default("false") boolean isFanIn();
    void setFanIn(boolean fanIn);
}
