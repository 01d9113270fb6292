// Source: jira-api-facts.md §7 (JiraDataTypes.ISSUE for issue-id lists); public ProjectsFunction returns JiraDataTypes.PROJECT (code search)
// Confidence: [V] ISSUE and TEXT constants (https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/JiraDataTypes.html) of type JiraDataType; its value here is a stand-in object (the real one is a JiraDataTypeImpl over Issue)
// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/JiraDataTypes.html (Jira 10.3 javadoc of jira-api; no 11.x jira-api javadoc was found in the stored sources, so 11.3 is [I]: a @PublicApi member the Slack app's 10 -> 11 diff does not touch)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira;

public final class JiraDataTypes {
    public static final JiraDataType ISSUE = new JiraDataType() {
        @Override
        public String toString() {
            return "JiraDataTypes.ISSUE";
        }
    };

    public static final JiraDataType TEXT = new JiraDataType() {
        @Override
        public String toString() {
            return "JiraDataTypes.TEXT";
        }
    };

    private JiraDataTypes() {
    }
}
