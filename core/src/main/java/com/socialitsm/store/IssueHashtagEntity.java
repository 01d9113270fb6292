package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One tag on one issue, with where it came from (text or manual). */
@Indexes({
        // A tag's page and its related-tags sample read the newest rows of one tag. With only (TAG, ISSUE_ID),
        // PostgreSQL's generic plan for a prepared statement (what a pooled JDBC connection runs after five uses)
        // estimates the average tag's few rows, takes a bitmap scan and sorts every row of the tag: O(rows of the
        // tag) for a page of 20, 12 ms for a tag on 17,000 issues and growing with history (bench, BENCHMARKS.md).
        // Holding every column those reads select makes the ordered index-only scan the cheapest plan, generic or
        // not: O(page), whatever the tag's size. Its first two columns serve the reads of a tag's rows for some
        // issues (a merge of tags) too, so there is no separate (TAG, ISSUE_ID) index: each index is one more entry
        // a change writes per tag it adds (BENCHMARKS.md, session 10).
        @Index(name = "tag_page", methodNames = {"getTag", "getIssueId", "getProjectId", "getTaggedAt", "getID"}),
        // A tag's rows of one day: what its day count reads at each change of the tag.
        @Index(name = "tag_tagged", methodNames = {"getTag", "getTaggedAt"})})
@Table("IssueHashtag")
public interface IssueHashtagEntity extends Entity {

    /** issueId + ":" + tag: one tag per issue, enforced by the database under concurrency. */
    @NotNull @Unique @StringLength(140) String getIssueTag();
    void setIssueTag(String issueTag);

    @Indexed long getIssueId();
    void setIssueId(long issueId);

    /** Not indexed: no read selects a project's rows by it; the tag page and the trend windows carry it along. */
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull @StringLength(100) String getTag();
    void setTag(String tag);

    String getDisplay();
    void setDisplay(String display);

    /**
     * "text" (in the current summary or description), "comment" (seen in a comment; shown as "text") or "manual"
     * (added by hand or imported): see HashtagService for when each leaves.
     */
    @StringLength(10) String getSource();
    void setSource(String source);

    @Indexed long getTaggedAt();
    void setTaggedAt(long epochMillis);

    @StringLength(255) String getTaggedBy();
    void setTaggedBy(String userKey);
}
