package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An idea on a project's board (added in schema v5). The Markdown body is stored; HTML is derived. VOTES is
 * denormalized from the IDEA_VOTE rows for the "most votes" order and recounted under this row's lock on every vote.
 */
@Table("Idea")
public interface IdeaEntity extends Entity {

    @Indexed long getProjectId();
    void setProjectId(long projectId);

    @Indexed @NotNull @StringLength(255) String getAuthor();
    void setAuthor(String userKey);

    @NotNull @StringLength(255) String getTitle();
    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED) String getBody();
    void setBody(String markdown);

    /** Space-separated normalized tags with a space before and after, so one LIKE finds a tag. */
    @StringLength(450) String getHashtags();
    void setHashtags(String hashtags);

    /** open, under-review, planned, done or declined. */
    @NotNull @StringLength(20) String getStatus();
    void setStatus(String status);

    /** The agent's public reason for the current status. */
    @StringLength(StringLength.UNLIMITED) String getStatusReason();
    void setStatusReason(String reason);

    @StringLength(255) String getStatusBy();
    void setStatusBy(String userKey);

    long getStatusAt();
    void setStatusAt(long epochMillis);

    @Indexed int getVotes();
    void setVotes(int votes);

    /** When VOTES was last recounted; writing it is also how a vote takes this row's lock first. */
    long getCountedAt();
    void setCountedAt(long epochMillis);

    int getCommentCount();
    void setCommentCount(int count);

    /**
     * The Jira issue the idea was turned into; 0 and null before; negative while an agent's conversion is under way
     * (com.socialitsm.idea.IdeaConversion).
     */
    long getIssueId();
    void setIssueId(long issueId);

    @StringLength(255) String getIssueKey();
    void setIssueKey(String issueKey);

    @Indexed long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
