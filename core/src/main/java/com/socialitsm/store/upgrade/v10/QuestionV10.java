package com.socialitsm.store.upgrade.v10;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Version 10's frozen copy: a community question, on an issue or project-wide. The Markdown source is stored; HTML is derived. */
@Table("Question")
public interface QuestionV10 extends Entity {

    @NotNull @StringLength(255) String getTitle();
    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED) String getBody();
    void setBody(String markdown);

    @Indexed @NotNull @StringLength(255) String getAuthor();
    void setAuthor(String userKey);

    /** The issue it was asked on; 0 for a project-wide question. */
    @Indexed long getIssueId();
    void setIssueId(long issueId);

    @Indexed long getProjectId();
    void setProjectId(long projectId);

    /** Space-separated normalized tags, with a space before and after, so one LIKE finds a tag. */
    @StringLength(450) String getHashtags();
    void setHashtags(String hashtags);

    /** Lower-cased title, for a portable case-insensitive text search. */
    @StringLength(255) String getSearchText();
    void setSearchText(String text);

    @Indexed long getCreatedAt();
    void setCreatedAt(long epochMillis);

    long getEditedAt();
    void setEditedAt(long epochMillis);

    boolean isDeleted();
    void setDeleted(boolean deleted);

    int getAcceptedAnswerId();
    void setAcceptedAnswerId(int answerId);

    /** Sum of votes, recounted from QA_VOTE rows on every vote. */
    int getScore();
    void setScore(int score);

    int getAnswerCount();
    void setAnswerCount(int count);

    /** The issue raised from this question, 0 if none. */
    long getRaisedIssueId();
    void setRaisedIssueId(long issueId);

    /** The customer portal it was asked on, 0 for the agents' internal Q&A (added in schema v10). */
    @Indexed long getPortalId();
    void setPortalId(long portalId);
}
