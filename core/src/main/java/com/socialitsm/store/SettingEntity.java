package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An app setting: admin rules, feature switches, the schema version outside Jira. */
@Table("Setting")
public interface SettingEntity extends Entity {

    @NotNull @Unique @StringLength(190) String getSettingKey();
    void setSettingKey(String key);

    @StringLength(StringLength.UNLIMITED) String getSettingValue();
    void setSettingValue(String value);
}
