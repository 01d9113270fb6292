// Source: IssueEvent.getComment() (atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultIssueEventToEventMatcherTypeConverter.java); jira-api-facts.md §5
// Confidence: [U] getId(), getBody() (long-standing Comment getters, not seen compiled against Jira 10 in a cited source)
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java
// Source: getCreated() — Jira's javadoc of MutableComment extends Comment lists getCreated among the methods inherited from
//   Comment, beside setCreated(java.util.Date created) (https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/comments/MutableComment.html);
//   CommentManager.create(..., Date created, ...) stores that date (https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html)
// Confidence: [U] getCreated() returning java.util.Date (a long-standing Comment getter; not seen compiled against Jira 10 in a cited source)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.comments;

public interface Comment {
    Long getId();

    String getBody();

    /** When the comment was written (java.util.Date, as MutableComment.setCreated takes it). */
    java.util.Date getCreated();
}
