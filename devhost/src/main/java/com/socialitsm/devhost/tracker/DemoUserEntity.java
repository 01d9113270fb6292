package com.socialitsm.devhost.tracker;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A demo user. The user name is also the user key; the password is the user name (the devhost binds to localhost). */
@Table("DemoUser")
public interface DemoUserEntity extends Entity {

    @NotNull @Unique @StringLength(60) String getUserName();
    void setUserName(String userName);

    @NotNull @StringLength(120) String getDisplayName();
    void setDisplayName(String displayName);

    @StringLength(120) String getEmail();
    void setEmail(String email);

    @StringLength(120) String getJobTitle();
    void setJobTitle(String jobTitle);

    boolean isAdministrator();
    void setAdministrator(boolean administrator);

    boolean isActive();
    void setActive(boolean active);
}
