// Source: IssueEvent.getComment() (atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultIssueEventToEventMatcherTypeConverter.java); jira-api-facts.md §5
// Confidence: [U] getId(), getBody() (long-standing Comment getters, not seen compiled against Jira 10 in a cited source)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.comments;

public interface Comment {
    Long getId();

    String getBody();
}
