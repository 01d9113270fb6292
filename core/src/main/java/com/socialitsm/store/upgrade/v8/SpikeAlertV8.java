package com.socialitsm.store.upgrade.v8;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Version 8's frozen copy of SpikeAlert: see the entity of the same table in com.socialitsm.store. */
@Table("SpikeAlert")
public interface SpikeAlertV8 extends Entity {

    /** {@code tag|projectId|n}: the n-th alert of the tag in the project. */
    @NotNull @Unique @StringLength(190) String getAlertKey();
    void setAlertKey(String alertKey);

    @Indexed @NotNull @StringLength(100) String getTag();
    void setTag(String tag);

    @Indexed long getProjectId();
    void setProjectId(long projectId);

    /** The alert's number for its tag and project, from 1. */
    int getSeq();
    void setSeq(int seq);

    @Indexed long getFiredAt();
    void setFiredAt(long epochMillis);

    /** Taggings in the window when it fired. */
    int getIssueCount();
    void setIssueCount(int issueCount);

    /** The count the baseline predicted for the window, in tenths. */
    int getExpectedTenths();
    void setExpectedTenths(int expectedTenths);

    /** The z-score, in hundredths. */
    int getScoreHundredths();
    void setScoreHundredths(int scoreHundredths);

    int getHours();
    void setHours(int hours);
}
