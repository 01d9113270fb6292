package com.socialitsm.store.upgrade.v4;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Version 4's frozen copy of DESK_VISIT: a desk visit, logged by the assignee and confirmed by the reporter. */
@Table("DeskVisit")
public interface DeskVisitV4 extends Entity {

    @Indexed long getIssueId();
    void setIssueId(long issueId);

    long getProjectId();
    void setProjectId(long projectId);

    /** The assignee who visited. */
    @Indexed @NotNull @StringLength(255) String getAgent();
    void setAgent(String userKey);

    /** The reporter at the time of logging: the one who may confirm. */
    @NotNull @StringLength(255) String getReporter();
    void setReporter(String userKey);

    @StringLength(StringLength.UNLIMITED) String getNote();
    void setNote(String note);

    /** "pending" or "confirmed". */
    @NotNull @StringLength(20) String getState();
    void setState(String state);

    /** The points the confirmation earned (0 while pending, and when no points were due). */
    int getPoints();
    void setPoints(int points);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    long getConfirmedAt();
    void setConfirmedAt(long epochMillis);
}
