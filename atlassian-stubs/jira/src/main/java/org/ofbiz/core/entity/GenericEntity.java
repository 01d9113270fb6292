// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/changelog/ChangeLogExtractor.java (item.getString("field"|"oldstring"|"newstring"|"oldvalue"|"newvalue")); getLong as used by public Jira plugins on worklog/changegroup values
// Confidence: [C] getString(String), getLong(String)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package org.ofbiz.core.entity;

public class GenericEntity {
    protected GenericEntity() {
    }

    public String getString(String name) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Long getLong(String name) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
