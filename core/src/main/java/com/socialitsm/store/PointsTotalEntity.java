package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A rolled-up leaderboard total: one user's points in one period and project (0 = all projects). */
@Indexes({@Index(name = "period_points", methodNames = {"getPeriodKey", "getPoints"})})
@Table("PointsTotal")
public interface PointsTotalEntity extends Entity {

    /** periodKey + "|" + userKey. */
    @NotNull @Unique @StringLength(400) String getTotalKey();
    void setTotalKey(String totalKey);

    /** period + ":" + start + ":" + projectId, e.g. "week:20420:0". */
    @NotNull @StringLength(100) String getPeriodKey();
    void setPeriodKey(String periodKey);

    @Indexed @NotNull @StringLength(255) String getUserKey();
    void setUserKey(String userKey);

    int getPoints();
    void setPoints(int points);
}
