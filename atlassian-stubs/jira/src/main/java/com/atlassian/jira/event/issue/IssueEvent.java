// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html (declaration, nullable getChangeLog()); getters as called by atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java and util/changelog/ChangeLogExtractor.java (compiled against Jira 10.0.0)
// Confidence: [V] declaration 'public final class IssueEvent extends AbstractEvent implements IssueRelatedEvent' (IssueRelatedEvent left out: unused); [C] getIssue, getUser, getEventTypeId, getComment, getChangeLog
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.event.issue;

import org.ofbiz.core.entity.GenericValue;

import com.atlassian.jira.event.AbstractEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

public final class IssueEvent extends AbstractEvent {
    private IssueEvent() {
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** The user who caused the event; null for anonymous changes. */
    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** Compare with the {@code EventType.*_ID} constants. */
    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** The comment added with this event, or null. */
    public Comment getComment() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** The change group ("ChangeGroup" GenericValue) of this event, or null: Jira documents that it may be null. */
    public GenericValue getChangeLog() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
