package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** How many issues got a tag in one project on one day (UTC): the baseline for trending. */
@Table("HashtagDay")
public interface HashtagDayEntity extends Entity {

    /** tag + "|" + projectId + "|" + epochDay. */
    @NotNull @Unique @StringLength(160) String getDayKey();
    void setDayKey(String dayKey);

    @Indexed @NotNull @StringLength(100) String getTag();
    void setTag(String tag);

    long getProjectId();
    void setProjectId(long projectId);

    @Indexed int getEpochDay();
    void setEpochDay(int epochDay);

    int getUses();
    void setUses(int uses);
}
