package com.socialitsm.store.upgrade.v9;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Version 9's frozen copy: one hashtag in one chat message (added in schema v9): chatter, the series beside the issues' taggings. Append-only, so
 * that concurrent messages on several nodes never update a shared counter; a count is the COUNT of rows in a window
 * (per tag per day through EPOCH_DAY). Holds no message text.
 */
@Indexes({
        @Index(name = "tag_heard", methodNames = {"getTag", "getHeardAt"}),
        @Index(name = "tag_day", methodNames = {"getTag", "getEpochDay"})})
@Table("ChatterMention")
public interface ChatterMentionV9 extends Entity {

    @Indexed long getSourceId();
    void setSourceId(long sourceId);

    long getMessageId();
    void setMessageId(long messageId);

    @NotNull @StringLength(100) String getTag();
    void setTag(String tag);

    @Indexed long getHeardAt();
    void setHeardAt(long epochMillis);

    /** The UTC day of HEARD_AT, days since 1970-01-01. */
    int getEpochDay();
    void setEpochDay(int epochDay);
}
