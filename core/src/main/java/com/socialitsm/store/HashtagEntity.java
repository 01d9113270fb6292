package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A hashtag: its normalized form, first-seen spelling, whether it is blocked or merged into another. */
@Table("Hashtag")
public interface HashtagEntity extends Entity {

    @NotNull @Unique @StringLength(100) String getTag();
    void setTag(String tag);

    String getDisplay();
    void setDisplay(String display);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    boolean isBlocked();
    void setBlocked(boolean blocked);

    /** The tag this one was merged into or renamed to; its issues moved there. Null while it stands alone. */
    @Indexed @StringLength(100) String getMergedInto();
    void setMergedInto(String tag);

    /**
     * Issues carrying the tag, kept to the exact count of ISSUE_HASHTAG rows by recounting on every change of the
     * tag (never incremented, so a lost update between nodes heals at the next change). Orders suggestions.
     */
    @Indexed int getIssueCount();
    void setIssueCount(int count);
}
