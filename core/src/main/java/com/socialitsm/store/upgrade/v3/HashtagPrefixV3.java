package com.socialitsm.store.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Frozen copy of HASHTAG_PREFIX as model version 3 defines it. Never edit: a later version gets a copy of its own. */
@Table("HashtagPrefix")
public interface HashtagPrefixV3 extends Entity {

    @Indexed @NotNull @StringLength(10) String getTagPrefix();
    void setTagPrefix(String prefix);

    /** 1 for the most used tag of the prefix (at the last rollup), then 2, 3, … */
    int getPlace();
    void setPlace(int place);

    @NotNull @StringLength(100) String getTag();
    void setTag(String tag);

    String getDisplay();
    void setDisplay(String display);

    int getIssueCount();
    void setIssueCount(int count);
}
