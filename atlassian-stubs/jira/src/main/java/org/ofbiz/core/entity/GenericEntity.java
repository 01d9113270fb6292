// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/changelog/ChangeLogExtractor.java (item.getString("field"|"oldstring"|"newstring"|"oldvalue"|"newvalue")); getLong as used by public Jira plugins on worklog/changegroup values
// Confidence: [C] getString(String), getLong(String)
// Source: supertype of org.ofbiz.core.entity.GenericValue, which Atlassian's Slack app reads on Jira 10 https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/changelog/ChangeLogExtractor.java and Jira 11 https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/changelog/ChangeLogExtractor.java
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
