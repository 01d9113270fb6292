package com.socialitsm.devhost.tracker;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Permission to browse a restricted demo project (a one-line permission scheme). */
@Table("DemoBrowseGrant")
public interface DemoBrowseGrantEntity extends Entity {

    /** {@code projectId|userName}: one grant per pair. */
    @NotNull @Unique @StringLength(100) String getGrantKey();
    void setGrantKey(String key);

    @Indexed int getProjectId();
    void setProjectId(int projectId);

    @NotNull @Indexed @StringLength(60) String getUserName();
    void setUserName(String userName);
}
