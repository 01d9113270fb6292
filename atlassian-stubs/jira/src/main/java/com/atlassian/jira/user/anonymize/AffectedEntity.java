// Source: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserKeyChangeHandler.html, https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/user/anonymize/OwnershipTransferHandler.html, https://docs.atlassian.com/jira-software/10.3.11/com/atlassian/greenhopper/anonymization/RapidViewUserKeyChangeHandler.html; usage in Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search)
// Confidence: [C] AffectedEntity.newBuilder(AffectedEntityType).numberOfOccurrences(Long).descriptionKey(String).build(); [U] the builder's class name (the app never names it)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.user.anonymize;

public class AffectedEntity {
    protected AffectedEntity() {
    }

    public static AffectedEntityBuilder newBuilder(AffectedEntityType type) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static class AffectedEntityBuilder {
        protected AffectedEntityBuilder() {
        }

        public AffectedEntityBuilder numberOfOccurrences(Long numberOfOccurrences) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public AffectedEntityBuilder descriptionKey(String descriptionKey) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public AffectedEntity build() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
