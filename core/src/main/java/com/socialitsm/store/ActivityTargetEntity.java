package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The targets an activity belongs to ("issue:1", "hashtag:vpn", "user:bob", "project:10"), for per-target streams. */
@Indexes({@Index(name = "target_activity", methodNames = {"getTarget", "getActivityId"})})
@Table("ActivityTarget")
public interface ActivityTargetEntity extends Entity {

    @Indexed long getActivityId();
    void setActivityId(long activityId);

    @NotNull @StringLength(140) String getTarget();
    void setTarget(String target);
}
