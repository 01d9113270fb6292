package com.socialitsm.devhost.tracker;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A demo tracker issue. Times are epoch milliseconds; RESOLVED_AT is 0 while the issue is open. */
@Table("DemoIssue")
public interface DemoIssueEntity extends Entity {

    @Indexed int getProjectId();
    void setProjectId(int projectId);

    int getIssueNumber();
    void setIssueNumber(int number);

    /** {@code SD-12}: unique, so two nodes creating issues at once cannot both take one number. */
    @NotNull @Unique @StringLength(40) String getIssueKey();
    void setIssueKey(String key);

    @NotNull @StringLength(255) String getSummary();
    void setSummary(String summary);

    @StringLength(StringLength.UNLIMITED) String getDescription();
    void setDescription(String description);

    @NotNull @StringLength(60) String getIssueType();
    void setIssueType(String type);

    @NotNull @StringLength(60) String getStatus();
    void setStatus(String status);

    @StringLength(60) String getResolution();
    void setResolution(String resolution);

    @Indexed @StringLength(60) String getAssignee();
    void setAssignee(String userName);

    @Indexed @StringLength(60) String getReporter();
    void setReporter(String userName);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    @Indexed long getUpdatedAt();
    void setUpdatedAt(long epochMillis);

    long getResolvedAt();
    void setResolvedAt(long epochMillis);
}
