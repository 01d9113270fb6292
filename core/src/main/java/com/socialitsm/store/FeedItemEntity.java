package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One activity in one user's feed: written on fan-out so a page is one index range scan on (user, activity). */
@Indexes({@Index(name = "user_activity", methodNames = {"getUserKey", "getActivityId"})})
@Table("FeedItem")
public interface FeedItemEntity extends Entity {

    @NotNull @StringLength(255) String getUserKey();
    void setUserKey(String userKey);

    @Indexed long getActivityId();
    void setActivityId(long activityId);

    /**
     * Not indexed: a deleted issue's items go by ACTIVITY_ID, a muted issue's by USER_KEY, and every fanned-out row
     * would pay for a third index entry.
     */
    long getIssueId();
    void setIssueId(long issueId);

    /** Why it is in the feed: the type of the follow that delivered it (issue, hashtag, user, project). */
    @NotNull @StringLength(10) String getReason();
    void setReason(String reason);
}
