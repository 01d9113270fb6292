package com.socialitsm.store.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Frozen copy of HASHTAG_DELTA as model version 3 defines it. Never edit: a later version gets a copy of its own. */
@Table("HashtagDelta")
public interface HashtagDeltaV3 extends Entity {

    @Indexed @NotNull @StringLength(100) String getTag();
    void setTag(String tag);

    long getProjectId();
    void setProjectId(long projectId);

    int getEpochDay();
    void setEpochDay(int epochDay);

    /** +1 or -1 per tagging (more when one change moves several taggings of a bucket). */
    int getCountChange();
    void setCountChange(int change);

    /** When the row was written (the node's clock): how the rollup tells a rolled-back id from a slow commit. */
    long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
