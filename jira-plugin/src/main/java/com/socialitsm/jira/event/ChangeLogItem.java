package com.socialitsm.jira.event;

/**
 * One field change of a Jira change group ("ChangeItem" row), as plain values: the raw ids ({@code oldValue},
 * {@code newValue}: user keys, resolution ids) and their display strings. Null where Jira stores none.
 */
record ChangeLogItem(String fieldType, String field, String oldValue, String oldString, String newValue,
                     String newString) {

    /** System fields have field type "jira"; a custom field may be called "assignee" too. */
    boolean isSystemField(String name) {
        return field != null && name.equalsIgnoreCase(field) && (fieldType == null || "jira".equalsIgnoreCase(fieldType));
    }

    boolean hadValue() {
        return oldValue != null && !oldValue.isEmpty();
    }

    boolean hasValue() {
        return newValue != null && !newValue.isEmpty();
    }
}
