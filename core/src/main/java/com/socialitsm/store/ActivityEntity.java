package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One meaningful change: who did what on which issue, with the tags and a short text to show. */
@Table("Activity")
public interface ActivityEntity extends Entity {

    /** Identifies the change that caused it, so the same change delivered twice records one activity. */
    @NotNull @Unique @StringLength(200) String getSourceKey();
    void setSourceKey(String sourceKey);

    @NotNull @StringLength(30) String getVerb();
    void setVerb(String verb);

    @Indexed @NotNull @StringLength(255) String getActor();
    void setActor(String userKey);

    @Indexed long getIssueId();
    void setIssueId(long issueId);

    long getProjectId();
    void setProjectId(long projectId);

    /** Space-separated normalized tags of the issue at the time. */
    @StringLength(450) String getHashtags();
    void setHashtags(String hashtags);

    /** A short excerpt (comment start, kudos message, question title), already cut to size. */
    @StringLength(450) String getDetail();
    void setDetail(String detail);

    /** The user an activity is about, when it is about someone (the assignee, a kudos receiver). */
    @StringLength(255) String getSubjectUser();
    void setSubjectUser(String userKey);

    /** Not indexed: feeds page by ID, which grows with time; nothing reads by this column. */
    long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
