// Source: jira-api-facts.md §5 (Issue.getLabels() returns Set<com.atlassian.jira.issue.label.Label>, from the abstract method set of Issue in atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370); label.getLabel() as called by public scripts and plugins that read labels (code search: "for (Label label : issueObject.labels) labels.add(label.label)")
// Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (Jira 10) and the same file at https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (Jira 11); final per issue #15's check of the jira-api javadoc ("public final class Label")
// Confidence: [C] the type; [C] getLabel(); [V] final (issue #15); [U] the constructor (Label(Long id, Long issue, String label), from memory of the javadoc; the app never constructs one). The real class also has getId(), getIssue(), getCustomFieldId() (unused, left out)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.label;

public final class Label {
    private final String label;

    public Label(Long id, Long issue, String label) {
        this.label = label;
    }

    /** The label's text. */
    public String getLabel() {
        return label;
    }
}
