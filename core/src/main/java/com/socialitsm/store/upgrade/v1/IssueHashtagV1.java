package com.socialitsm.store.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of ISSUE_HASHTAG as model version 1 defines it. Never edit: a later version gets a copy of its own. */
@Indexes({
        @Index(name = "tag_issue", methodNames = {"getTag", "getIssueId"}),
        @Index(name = "tag_page", methodNames = {"getTag", "getIssueId", "getProjectId", "getTaggedAt", "getID"}),
        @Index(name = "tag_tagged", methodNames = {"getTag", "getTaggedAt"})})
@Table("IssueHashtag")
public interface IssueHashtagV1 extends Entity {

    @NotNull @Unique @StringLength(140) String getIssueTag();
    void setIssueTag(String issueTag);

    @Indexed long getIssueId();
    void setIssueId(long issueId);

    @Indexed long getProjectId();
    void setProjectId(long projectId);

    @NotNull @StringLength(100) String getTag();
    void setTag(String tag);

    String getDisplay();
    void setDisplay(String display);

    @StringLength(10) String getSource();
    void setSource(String source);

    @Indexed long getTaggedAt();
    void setTaggedAt(long epochMillis);

    @StringLength(255) String getTaggedBy();
    void setTaggedBy(String userKey);
}
