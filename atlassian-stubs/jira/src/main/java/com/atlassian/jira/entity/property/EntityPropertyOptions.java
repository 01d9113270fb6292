// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/entity/property/EntityPropertyOptions.html (the Jira 10.3 javadoc page, to be checked: it is not among the stored sources, so 10.3 and 11.3 are [I])
// Source: a public source copy of the class (code search: "public static EntityPropertyOptions defaults()", "@since v6.3", "used to optionally skip permission checks"); Jira's own DefaultHistoryMetadataManager calls new EntityPropertyOptions.Builder().skipPermissionChecks().build() (code search)
// Confidence: [V] defaults(), Builder().skipPermissionChecks().build(); [I] unchanged on 10.3/11.3
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.entity.property;

public class EntityPropertyOptions {
    private EntityPropertyOptions() {
    }

    public static EntityPropertyOptions defaults() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static class Builder {
        public Builder() {
        }

        public Builder skipPermissionChecks() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public EntityPropertyOptions build() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
