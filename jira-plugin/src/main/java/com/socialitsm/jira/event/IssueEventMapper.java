package com.socialitsm.jira.event;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ofbiz.core.entity.GenericValue;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueChange.Kind;
import com.socialitsm.host.IssueRef;
import com.socialitsm.jira.host.JiraIssueRefs;

/**
 * Turns one Jira {@link IssueEvent} into the {@link IssueChange}s it stands for. The event type is only a first
 * hint: workflow transitions usually fire the "Generic Event", so resolving, reopening and assigning are also read
 * from the change log (a resolution set or cleared, an assignee changed). One event can therefore be several
 * changes, e.g. a "Resolve" transition that reassigns and comments.
 *
 * <p>Change ids are built from what Jira stores for the change (change group id, comment id), never from a clock or
 * random source, so that the same change arriving twice, in one bundle or on two nodes, is applied once.
 */
@Named
public final class IssueEventMapper {
    /** Events that say nothing the social features use: work logging, and comment deletion (tags stay until edited). */
    private static final Set<Long> IGNORED = Set.of(EventType.ISSUE_WORKLOGGED_ID, EventType.ISSUE_WORKSTARTED_ID,
            EventType.ISSUE_WORKSTOPPED_ID, EventType.ISSUE_WORKLOG_UPDATED_ID, EventType.ISSUE_WORKLOG_DELETED_ID,
            EventType.ISSUE_COMMENT_DELETED_ID);
    /** Fields whose change is its own kind rather than a plain update. */
    private static final Set<String> KIND_FIELDS = Set.of("resolution", "assignee", "status");

    private final JiraIssueRefs issueRefs;
    private final ChangeLogReader changeLogReader;
    private final Clock clock;

    @Inject
    public IssueEventMapper(JiraIssueRefs issueRefs, Clock clock) {
        this.issueRefs = issueRefs;
        this.changeLogReader = new ChangeLogReader();
        this.clock = clock;
    }

    public List<IssueChange> map(IssueEvent event) {
        Long type = event.getEventTypeId();
        Issue issue = event.getIssue();
        if (type == null || issue == null || issue.getId() == null || IGNORED.contains(type)) {
            return List.of();
        }
        IssueRef ref = issueRefs.toRef(issue);
        ApplicationUser user = event.getUser();
        // Anonymous changes (a public portal, a mail handler without a user) still carry hashtags; "" marks them.
        String actor = user == null ? "" : user.getKey();
        Instant at = instantOf(event.getTime());

        if (EventType.ISSUE_CREATED_ID.equals(type)) {
            return List.of(IssueChange.of("jira:issue:" + ref.id() + ":created", ref, actor, Kind.CREATED, at));
        }
        if (EventType.ISSUE_DELETED_ID.equals(type)) {
            return List.of(IssueChange.of("jira:issue:" + ref.id() + ":deleted", ref, actor, Kind.DELETED, at));
        }

        GenericValue changeGroup = event.getChangeLog();
        List<ChangeLogItem> items = changeLogReader.read(changeGroup);
        String changePrefix = changeGroup != null && changeGroup.getLong("id") != null
                ? "jira:changegroup:" + changeGroup.getLong("id") + ":"
                : "jira:issue:" + ref.id() + ":" + at.toEpochMilli() + ":";
        List<IssueChange> changes = new ArrayList<>(2);

        Optional<ChangeLogItem> resolution = item(items, "resolution");
        boolean resolvedNow = resolution.map(r -> r.hasValue() && !r.hadValue()).orElse(false);
        boolean unresolvedNow = resolution.map(r -> r.hadValue() && !r.hasValue()).orElse(false);
        if (EventType.ISSUE_RESOLVED_ID.equals(type) || resolvedNow
                || (EventType.ISSUE_CLOSED_ID.equals(type) && resolution.isEmpty() && ref.resolved())) {
            changes.add(IssueChange.of(changePrefix + "resolved", ref, actor, Kind.RESOLVED, at));
        } else if (EventType.ISSUE_REOPENED_ID.equals(type) || unresolvedNow) {
            changes.add(IssueChange.of(changePrefix + "reopened", ref, actor, Kind.REOPENED, at));
        }

        Optional<ChangeLogItem> assignee = item(items, "assignee");
        if (EventType.ISSUE_ASSIGNED_ID.equals(type) || assignee.isPresent()) {
            String previous = assignee.filter(ChangeLogItem::hadValue).map(ChangeLogItem::oldValue).orElse(null);
            changes.add(IssueChange.of(changePrefix + "assigned", ref, actor, Kind.ASSIGNED, at)
                    .withPreviousAssignee(previous));
        }

        Comment comment = event.getComment();
        if (comment != null && comment.getId() != null) {
            String commentId = "jira:comment:" + comment.getId()
                    + (EventType.ISSUE_COMMENT_EDITED_ID.equals(type) ? ":edited:" + at.toEpochMilli() : "");
            changes.add(IssueChange.of(commentId, ref, actor, Kind.COMMENTED, at)
                    .withComment(comment.getBody() == null ? "" : comment.getBody()));
        }

        boolean otherFieldsChanged = items.stream()
                .anyMatch(i -> KIND_FIELDS.stream().noneMatch(i::isSystemField));
        if (otherFieldsChanged || (changes.isEmpty() && changeGroup != null)
                || (changes.isEmpty() && EventType.ISSUE_MOVED_ID.equals(type))) {
            changes.add(IssueChange.of(changePrefix + "updated", ref, actor, Kind.UPDATED, at));
        }
        return List.copyOf(changes);
    }

    private static Optional<ChangeLogItem> item(List<ChangeLogItem> items, String field) {
        return items.stream().filter(i -> i.isSystemField(field)).findFirst();
    }

    private Instant instantOf(Date time) {
        return time == null ? clock.instant() : time.toInstant();
    }
}
