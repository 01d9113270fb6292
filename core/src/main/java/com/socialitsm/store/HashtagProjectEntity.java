package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * How many issues of one project carry a tag: that tag's ISSUE_HASHTAG rows in the project as of the last rollup of
 * HASHTAG_DELTA (readers add the deltas above its watermark). Visible counts sum these rows over the projects a
 * viewer may fully browse (the tag page), or take HASHTAG's total less the rows of the projects the viewer may not
 * (suggestions), in one small query instead of a COUNT over every tagged issue.
 */
@Table("HashtagProject")
public interface HashtagProjectEntity extends Entity {

    /** tag + "|" + projectId: one row per tag and project. */
    @NotNull @Unique @StringLength(120) String getTagProjectKey();
    void setTagProjectKey(String tagProjectKey);

    @Indexed @NotNull @StringLength(100) String getTag();
    void setTag(String tag);

    long getProjectId();
    void setProjectId(long projectId);

    int getIssueCount();
    void setIssueCount(int count);
}
