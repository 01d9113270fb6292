package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A change of a tag's counts not yet rolled up: one tagging added (+1) or removed (-1) in a project on a day (UTC).
 * Written append-only, one batch per issue change, so that a change costs the same statements whatever its number of
 * tags and concurrent writers of one tag never wait on each other. The rollup job adds these rows to HASHTAG_DAY,
 * HASHTAG_PROJECT and HASHTAG.ISSUE_COUNT and deletes them in the same transaction; readers add the rows it has not
 * reached yet (the tail, a few minutes of changes).
 */
@Table("HashtagDelta")
public interface HashtagDeltaEntity extends Entity {

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
