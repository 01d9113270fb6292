package com.socialitsm.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The most used tags starting with a short prefix (one or two characters of the normal form), kept by the rollup job:
 * the candidates autocomplete offers for a short prefix, read as one small index range instead of a scan of every tag
 * sharing the prefix. Only which tags are candidates comes from here; the counts shown are summed at read time over
 * what the viewer may see.
 */
@Table("HashtagPrefix")
public interface HashtagPrefixEntity extends Entity {

    @Indexed @NotNull @StringLength(10) String getTagPrefix();
    void setTagPrefix(String prefix);

    /** 1 for the most used tag of the prefix (at the last rollup), then 2, 3, … */
    int getPlace();
    void setPlace(int place);

    @NotNull @StringLength(100) String getTag();
    void setTag(String tag);

    String getDisplay();
    void setDisplay(String display);

    int getIssueCount();
    void setIssueCount(int count);
}
