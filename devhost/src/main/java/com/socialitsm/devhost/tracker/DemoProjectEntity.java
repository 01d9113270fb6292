package com.socialitsm.devhost.tracker;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A demo tracker project. A restricted project is browsable only by the users granted in DemoBrowseGrant. */
@Table("DemoProject")
public interface DemoProjectEntity extends Entity {

    @NotNull @Unique @StringLength(32) String getProjectKey();
    void setProjectKey(String key);

    @NotNull @StringLength(120) String getName();
    void setName(String name);

    @StringLength(255) String getDescription();
    void setDescription(String description);

    @StringLength(60) String getLeadUser();
    void setLeadUser(String userName);

    boolean isRestricted();
    void setRestricted(boolean restricted);
}
