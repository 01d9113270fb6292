package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One chat message a listening source posted (added in schema v9): when, and at most a 280-character excerpt (only when
 * the message had hashtags). Deleted after 30 days; the per-source rate limit counts these rows.
 */
@Indexes(@Index(name = "source_received", methodNames = {"getSourceId", "getReceivedAt"}))
@Table("ChatterMessage")
public interface ChatterMessageEntity extends Entity {

    long getSourceId();
    void setSourceId(long sourceId);

    @Indexed long getReceivedAt();
    void setReceivedAt(long epochMillis);

    @StringLength(280) String getExcerpt();
    void setExcerpt(String excerpt);
}
