package com.socialitsm.jira.event;

import java.util.ArrayList;
import java.util.List;

import org.ofbiz.core.entity.GenericEntityException;
import org.ofbiz.core.entity.GenericValue;

/**
 * Reads a Jira change group into {@link ChangeLogItem}s, the way Atlassian's Slack plugin does: the items are the
 * group's "ChildChangeItem" relation, with columns field, fieldtype, oldvalue, oldstring, newvalue, newstring.
 */
final class ChangeLogReader {

    List<ChangeLogItem> read(GenericValue changeGroup) {
        if (changeGroup == null) {
            return List.of();
        }
        List<GenericValue> rows;
        try {
            rows = changeGroup.getRelated("ChildChangeItem");
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Could not read the change items of change group "
                    + changeGroup.getLong("id"), e);
        }
        if (rows == null) {
            return List.of();
        }
        List<ChangeLogItem> items = new ArrayList<>(rows.size());
        for (GenericValue row : rows) {
            items.add(new ChangeLogItem(row.getString("fieldtype"), row.getString("field"), row.getString("oldvalue"),
                    row.getString("oldstring"), row.getString("newvalue"), row.getString("newstring")));
        }
        return items;
    }
}
