package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A badge awarded to a user, once. */
@Table("Badge")
public interface BadgeEntity extends Entity {

    /** userKey + "|" + code. */
    @NotNull @Unique @StringLength(320) String getBadgeKey();
    void setBadgeKey(String badgeKey);

    @Indexed @NotNull @StringLength(255) String getUserKey();
    void setUserKey(String userKey);

    @NotNull @StringLength(40) String getCode();
    void setCode(String code);

    long getAwardedAt();
    void setAwardedAt(long epochMillis);
}
