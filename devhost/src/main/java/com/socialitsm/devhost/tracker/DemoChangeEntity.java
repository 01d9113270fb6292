package com.socialitsm.devhost.tracker;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One change to a demo issue (Jira's change group): its row id makes the {@code IssueChange} id the engine sees,
 * so each change is handled once, and the issue view shows them as history.
 */
@Table("DemoChange")
public interface DemoChangeEntity extends Entity {

    @Indexed int getIssueId();
    void setIssueId(int issueId);

    @NotNull @StringLength(60) String getAuthor();
    void setAuthor(String userName);

    /** An {@code IssueChange.Kind} name. */
    @NotNull @StringLength(20) String getChangeKind();
    void setChangeKind(String kind);

    /** What changed, for people: "Assignee: alice → bob". */
    @StringLength(255) String getDetail();
    void setDetail(String detail);

    /** The comment of a COMMENTED change, else 0. */
    int getCommentId();
    void setCommentId(int commentId);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
