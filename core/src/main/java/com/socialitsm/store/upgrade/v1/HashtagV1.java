package com.socialitsm.store.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of HASHTAG as model version 1 defines it. Never edit: a later version gets a copy of its own. */
@Table("Hashtag")
public interface HashtagV1 extends Entity {

    @NotNull @Unique @StringLength(100) String getTag();
    void setTag(String tag);

    String getDisplay();
    void setDisplay(String display);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    boolean isBlocked();
    void setBlocked(boolean blocked);

    @Indexed @StringLength(100) String getMergedInto();
    void setMergedInto(String tag);

    @Indexed int getIssueCount();
    void setIssueCount(int count);
}
