package com.socialitsm.jira.event;

import static com.socialitsm.jira.event.JiraEvents.AT;
import static com.socialitsm.jira.event.JiraEvents.event;
import static com.socialitsm.jira.event.JiraEvents.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ofbiz.core.entity.GenericEntityException;
import org.ofbiz.core.entity.GenericValue;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;

import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueChange.Kind;
import com.socialitsm.jira.host.JiraIssueRefs;

class IssueEventMapperTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private final IssueEventMapper mapper = new IssueEventMapper(new JiraIssueRefs(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void createdIssueIsOneCreatedChangeWithTheIssueAsTheEngineSeesIt() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_CREATED_ID).build());

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.CREATED);
            assertThat(change.changeId()).isEqualTo("jira:issue:10:created");
            assertThat(change.actor()).isEqualTo("alice");
            assertThat(change.at()).isEqualTo(AT);
            assertThat(change.issue().key()).isEqualTo("SD-1");
            assertThat(change.issue().projectId()).isEqualTo(100L);
            assertThat(change.issue().projectKey()).isEqualTo("SD");
            assertThat(change.issue().summary()).isEqualTo("VPN drops #vpn");
            assertThat(change.issue().description()).isEqualTo("Since the update #outage");
            assertThat(change.issue().status()).isEqualTo("Open");
            assertThat(change.issue().resolved()).isFalse();
            assertThat(change.issue().assignee()).contains("carol");
            assertThat(change.issue().reporter()).contains("dave");
        });
    }

    @Test
    void editedSummaryIsAnUpdateKeyedByItsChangeGroup() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_UPDATED_ID).changeGroup(500)
                .changed("summary", null, null).build());

        assertThat(changes).extracting(IssueChange::kind, IssueChange::changeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.UPDATED, "jira:changegroup:500:updated"));
    }

    @Test
    void commentCarriesItsBodyAndIsKeyedByTheComment() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_COMMENTED_ID).comment(77, "Same here #vpn").build());

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.COMMENTED);
            assertThat(change.changeId()).isEqualTo("jira:comment:77");
            assertThat(change.comment()).contains("Same here #vpn");
        });
    }

    @Test
    void eachEditOfACommentIsANewChange() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_COMMENT_EDITED_ID).comment(77, "Edited #wifi").build());

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.COMMENTED);
            assertThat(change.changeId()).isEqualTo("jira:comment:77:edited:" + AT.toEpochMilli());
            assertThat(change.comment()).contains("Edited #wifi");
        });
    }

    @Test
    void assignmentRemembersWhoWasAssignedBefore() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_ASSIGNED_ID).changeGroup(501)
                .changed("assignee", "bob", "carol").build());

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.ASSIGNED);
            assertThat(change.changeId()).isEqualTo("jira:changegroup:501:assigned");
            assertThat(change.previousAssignee()).contains("bob");
        });
    }

    @Test
    void assigningAnUnassignedIssueHasNoPreviousAssignee() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_ASSIGNED_ID).changeGroup(502)
                .changed("assignee", null, "carol").build());

        assertThat(changes).singleElement().extracting(IssueChange::previousAssignee).isEqualTo(Optional.empty());
    }

    @Test
    void resolvedEventIsAResolution() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_RESOLVED_ID).on(issue(10, "SD-1", true))
                .changeGroup(503).changed("resolution", null, "1").changed("status", "1", "5").build());

        assertThat(changes).extracting(IssueChange::kind).containsExactly(Kind.RESOLVED);
        assertThat(changes.get(0).changeId()).isEqualTo("jira:changegroup:503:resolved");
        assertThat(changes.get(0).issue().resolved()).isTrue();
    }

    @Test
    void aWorkflowTransitionFiringTheGenericEventIsReadFromItsChangeLog() {
        List<IssueChange> resolving = mapper.map(event(EventType.ISSUE_GENERICEVENT_ID).changeGroup(504)
                .changed("resolution", null, "1").changed("status", "3", "5").build());
        List<IssueChange> reopening = mapper.map(event(EventType.ISSUE_GENERICEVENT_ID).changeGroup(505)
                .changed("resolution", "1", null).changed("status", "5", "4").build());
        List<IssueChange> onlyStatus = mapper.map(event(EventType.ISSUE_GENERICEVENT_ID).changeGroup(506)
                .changed("status", "1", "3").build());

        assertThat(resolving).extracting(IssueChange::kind).containsExactly(Kind.RESOLVED);
        assertThat(reopening).extracting(IssueChange::kind).containsExactly(Kind.REOPENED);
        assertThat(onlyStatus).extracting(IssueChange::kind).containsExactly(Kind.UPDATED);
    }

    @Test
    void reopenedEventIsAReopening() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_REOPENED_ID).changeGroup(507)
                .changed("resolution", "1", null).build());

        assertThat(changes).extracting(IssueChange::kind, IssueChange::changeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.REOPENED, "jira:changegroup:507:reopened"));
    }

    @Test
    void closingAResolvedIssueWithoutAChangeLogCountsAsResolved() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_CLOSED_ID).on(issue(10, "SD-1", true)).build());

        assertThat(changes).extracting(IssueChange::kind).containsExactly(Kind.RESOLVED);
        assertThat(changes.get(0).changeId()).isEqualTo("jira:issue:10:" + AT.toEpochMilli() + ":resolved");
    }

    @Test
    void aTransitionThatResolvesReassignsAndCommentsIsThreeChanges() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_RESOLVED_ID).changeGroup(508)
                .changed("resolution", null, "1").changed("assignee", "bob", "carol")
                .comment(78, "Fixed by restarting the #vpn gateway").build());

        assertThat(changes).extracting(IssueChange::kind)
                .containsExactly(Kind.RESOLVED, Kind.ASSIGNED, Kind.COMMENTED);
        assertThat(changes).extracting(IssueChange::changeId).doesNotHaveDuplicates();
    }

    @Test
    void anEditThatChangesSummaryAndAssigneeIsAnAssignmentAndAnUpdate() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_UPDATED_ID).changeGroup(509)
                .changed("summary", null, null).changed("assignee", "bob", "carol").build());

        assertThat(changes).extracting(IssueChange::kind).containsExactly(Kind.ASSIGNED, Kind.UPDATED);
    }

    @Test
    void aCustomFieldCalledAssigneeIsAnUpdateNotAnAssignment() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_UPDATED_ID).changeGroup(510)
                .changed("custom", "Assignee", "x", "y").build());

        assertThat(changes).extracting(IssueChange::kind).containsExactly(Kind.UPDATED);
    }

    @Test
    void aCustomFieldCalledStatusNextToARealAssignmentIsAlsoAnUpdate() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_UPDATED_ID).changeGroup(513)
                .changed("assignee", "bob", "carol").changed("custom", "Status", "a", "b").build());

        assertThat(changes).extracting(IssueChange::kind).containsExactly(Kind.ASSIGNED, Kind.UPDATED);
    }

    @Test
    void deletedIssueIsADeletion() {
        List<IssueChange> changes = mapper.map(event(EventType.ISSUE_DELETED_ID).build());

        assertThat(changes).extracting(IssueChange::kind, IssueChange::changeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.DELETED, "jira:issue:10:deleted"));
    }

    @Test
    void workLogAndCommentDeletionEventsAreIgnored() {
        for (Long type : List.of(EventType.ISSUE_WORKLOGGED_ID, EventType.ISSUE_WORKSTARTED_ID,
                EventType.ISSUE_WORKSTOPPED_ID, EventType.ISSUE_WORKLOG_UPDATED_ID, EventType.ISSUE_WORKLOG_DELETED_ID,
                EventType.ISSUE_COMMENT_DELETED_ID)) {
            assertThat(mapper.map(event(type).changeGroup(511).changed("timespent", "0", "60").build()))
                    .as("event type %s", type).isEmpty();
        }
    }

    @Test
    void anUpdateWithNeitherChangeLogNorCommentChangesNothing() {
        assertThat(mapper.map(event(EventType.ISSUE_UPDATED_ID).build())).isEmpty();
    }

    @Test
    void anAnonymousChangeHasAnEmptyActorAndAnEventWithoutTimeUsesTheClock() {
        IssueEvent event = event(EventType.ISSUE_COMMENTED_ID).by(null).comment(79, "#printer jam").build();
        when(event.getTime()).thenReturn(null);

        assertThat(mapper.map(event)).singleElement().satisfies(change -> {
            assertThat(change.actor()).isEmpty();
            assertThat(change.at()).isEqualTo(NOW);
        });
    }

    @Test
    void theSameEventAlwaysMapsToTheSameChangeIds() {
        JiraEvents resolve = event(EventType.ISSUE_RESOLVED_ID).changeGroup(512).changed("resolution", null, "1")
                .comment(80, "done");

        assertThat(mapper.map(resolve.build())).extracting(IssueChange::changeId)
                .isEqualTo(mapper.map(resolve.build()).stream().map(IssueChange::changeId).toList());
    }

    @Test
    void anUnreadableChangeLogIsAnError() throws Exception {
        IssueEvent event = event(EventType.ISSUE_UPDATED_ID).build();
        GenericValue broken = mock(GenericValue.class);
        when(broken.getRelated("ChildChangeItem")).thenThrow(new GenericEntityException("database gone"));
        when(event.getChangeLog()).thenReturn(broken);

        assertThatThrownBy(() -> mapper.map(event)).isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(GenericEntityException.class);
    }
}
