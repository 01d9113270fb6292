package com.socialitsm.jira.event;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.ofbiz.core.entity.GenericEntityException;
import org.ofbiz.core.entity.GenericValue;

import com.atlassian.jira.event.issue.DelegatingJiraIssueEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/** Builds mocked Jira issue events the way Jira delivers them: an issue, a user, a change group, a comment. */
final class JiraEvents {
    static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    private Long type;
    private Issue issue = issue(10L, "SD-1", false);
    private ApplicationUser user = user("alice");
    private Long changeGroupId;
    private final List<GenericValue> items = new ArrayList<>();
    private Comment comment;

    static JiraEvents event(Long type) {
        JiraEvents events = new JiraEvents();
        events.type = type;
        return events;
    }

    static Issue issue(long id, String key, boolean resolved) {
        Issue issue = mock(Issue.class);
        Project project = mock(Project.class);
        Status status = mock(Status.class);
        lenient().when(project.getId()).thenReturn(100L);
        lenient().when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        lenient().when(status.getName()).thenReturn(resolved ? "Resolved" : "Open");
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getProjectId()).thenReturn(100L);
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(issue.getSummary()).thenReturn("VPN drops #vpn");
        lenient().when(issue.getDescription()).thenReturn("Since the update #outage");
        lenient().when(issue.getStatus()).thenReturn(status);
        lenient().when(issue.getResolutionId()).thenReturn(resolved ? "1" : null);
        lenient().when(issue.getAssigneeId()).thenReturn("carol");
        lenient().when(issue.getReporterId()).thenReturn("dave");
        return issue;
    }

    static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        lenient().when(user.getKey()).thenReturn(key);
        return user;
    }

    JiraEvents on(Issue issue) {
        this.issue = issue;
        return this;
    }

    JiraEvents by(ApplicationUser user) {
        this.user = user;
        return this;
    }

    JiraEvents changeGroup(long id) {
        this.changeGroupId = id;
        return this;
    }

    JiraEvents changed(String field, String oldValue, String newValue) {
        return changed("jira", field, oldValue, newValue);
    }

    JiraEvents changed(String fieldType, String field, String oldValue, String newValue) {
        GenericValue item = mock(GenericValue.class);
        lenient().when(item.getString("fieldtype")).thenReturn(fieldType);
        lenient().when(item.getString("field")).thenReturn(field);
        lenient().when(item.getString("oldvalue")).thenReturn(oldValue);
        lenient().when(item.getString("oldstring")).thenReturn(oldValue == null ? null : "display of " + oldValue);
        lenient().when(item.getString("newvalue")).thenReturn(newValue);
        lenient().when(item.getString("newstring")).thenReturn(newValue == null ? null : "display of " + newValue);
        items.add(item);
        return this;
    }

    JiraEvents comment(long id, String body) {
        comment = mock(Comment.class);
        lenient().when(comment.getId()).thenReturn(id);
        lenient().when(comment.getBody()).thenReturn(body);
        return this;
    }

    IssueEvent build() {
        IssueEvent event = mock(IssueEvent.class);
        lenient().when(event.getEventTypeId()).thenReturn(type);
        lenient().when(event.getIssue()).thenReturn(issue);
        lenient().when(event.getUser()).thenReturn(user);
        lenient().when(event.getTime()).thenReturn(Date.from(AT));
        lenient().when(event.getComment()).thenReturn(comment);
        if (changeGroupId != null) {
            GenericValue changeGroup = mock(GenericValue.class);
            lenient().when(changeGroup.getLong("id")).thenReturn(changeGroupId);
            try {
                lenient().when(changeGroup.getRelated("ChildChangeItem")).thenReturn(List.copyOf(items));
            } catch (GenericEntityException e) {
                throw new AssertionError(e);
            }
            lenient().when(event.getChangeLog()).thenReturn(changeGroup);
        }
        return event;
    }

    DelegatingJiraIssueEvent delegating() {
        IssueEvent event = build();
        DelegatingJiraIssueEvent delegating = mock(DelegatingJiraIssueEvent.class);
        lenient().when(delegating.asIssueEvent()).thenReturn(event);
        return delegating;
    }
}
