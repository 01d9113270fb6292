package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One customer's "me too" on one known issue (schema v7). The count is the number of rows. */
@Table("KnownIssueMeToo")
public interface KnownIssueMeTooEntity extends Entity {

    /** knownIssueId + "|" + customer. */
    @NotNull @Unique @StringLength(300) String getMeTooKey();
    void setMeTooKey(String key);

    @Indexed long getKnownIssueId();
    void setKnownIssueId(long knownIssueId);

    @Indexed @NotNull @StringLength(255) String getCustomer();
    void setCustomer(String userKey);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
