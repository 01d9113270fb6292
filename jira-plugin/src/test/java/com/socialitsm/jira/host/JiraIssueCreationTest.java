package com.socialitsm.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.SimpleErrorCollection;

import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;

class JiraIssueCreationTest {
    private final IssueService issueService = mock(IssueService.class);
    private final CommentService commentService = mock(CommentService.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final UserManager userManager = mock(UserManager.class);
    private final IssueLinkManager issueLinkManager = mock(IssueLinkManager.class);
    private final IssueLinkTypeManager issueLinkTypeManager = mock(IssueLinkTypeManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final JiraIssueCreation creation = new JiraIssueCreation(issueService, commentService, issueManager,
            projectManager, userManager, new JiraIssueRefs(), issueLinkManager, issueLinkTypeManager,
            permissionManager);
    private final IssueInputParameters parameters = mock(IssueInputParameters.class, RETURNS_SELF);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Project sd = mock(Project.class);

    @BeforeEach
    void setUp() {
        when(alice.getKey()).thenReturn("alice");
        when(alice.isActive()).thenReturn(true);
        when(userManager.getUserByKey("alice")).thenReturn(alice);
        when(sd.getId()).thenReturn(100L);
        when(sd.getKey()).thenReturn("SD");
        IssueType subTask = type("5", true);
        IssueType task = type("10001", false);
        when(sd.getIssueTypes()).thenReturn(List.of(subTask, task));
        when(projectManager.getProjectObj(100L)).thenReturn(sd);
        when(issueService.newIssueInputParameters()).thenReturn(parameters);
    }

    @Test
    void anIssueIsCreatedThroughJirasServiceAsTheReporterWithTheProjectsFirstStandardType() {
        IssueService.CreateValidationResult valid = result(IssueService.CreateValidationResult.class, true, null);
        MutableIssue issue = issue();
        IssueService.IssueResult created = result(IssueService.IssueResult.class, true, issue);
        when(issueService.validateCreate(alice, parameters)).thenReturn(valid);
        when(issueService.create(alice, valid)).thenReturn(created);

        IssueRef ref = creation.create(new ProjectRef(100, "SD", "Service desk"), "VPN drops", "Since Monday", "alice");

        assertThat(ref.key()).isEqualTo("SD-9");
        verify(parameters).setProjectId(100L);
        verify(parameters).setIssueTypeId("10001");
        verify(parameters).setSummary("VPN drops");
        verify(parameters).setDescription("Since Monday");
        verify(parameters).setApplyDefaultValuesWhenParameterNotProvided(true);
    }

    @Test
    void whatJiraRefusesComesBackAsRefusedWithJirasMessages() {
        IssueService.CreateValidationResult invalid = result(IssueService.CreateValidationResult.class, false, null);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have permission to create issues."));
        when(errors.getErrors()).thenReturn(Map.of("summary", "You must specify a summary."));
        when(invalid.getErrorCollection()).thenReturn(errors);
        when(issueService.validateCreate(alice, parameters)).thenReturn(invalid);

        assertThatThrownBy(() -> creation.create(new ProjectRef(100, "SD", "Service desk"), "", "", "alice"))
                .isInstanceOf(IssueCreation.Refused.class)
                .hasMessageContaining("permission to create").hasMessageContaining("summary: You must specify");
        verify(issueService, never()).create(any(), any());
    }

    @Test
    void anUnknownOrInactiveUserOrProjectIsRefused() {
        assertThatThrownBy(() -> creation.create(new ProjectRef(100, "SD", "Service desk"), "x", "", "ghost"))
                .isInstanceOf(IssueCreation.Refused.class);
        assertThatThrownBy(() -> creation.create(new ProjectRef(7, "XX", "Gone"), "x", "", "alice"))
                .isInstanceOf(IssueCreation.Refused.class);
        when(alice.isActive()).thenReturn(false);
        assertThatThrownBy(() -> creation.comment("SD-9", "alice", "hi")).isInstanceOf(IssueCreation.Refused.class);
    }

    @Test
    void aCommentIsAddedAsTheAuthorWithJirasEventAndRefusedWhenJiraSaysNo() {
        MutableIssue issue = issue();
        when(issueManager.getIssueObject("SD-9")).thenReturn(issue);

        try (MockedConstruction<SimpleErrorCollection> collections = mockConstruction(SimpleErrorCollection.class)) {
            creation.comment("SD-9", "alice", "The accepted answer: restart the client.");
            verify(commentService).create(alice, issue, "The accepted answer: restart the client.", true,
                    collections.constructed().get(0));
        }
        try (MockedConstruction<SimpleErrorCollection> collections = mockConstruction(SimpleErrorCollection.class,
                (collection, context) -> {
                    when(collection.hasAnyErrors()).thenReturn(true);
                    when(collection.getErrorMessages()).thenReturn(List.of("No permission to comment."));
                    when(collection.getErrors()).thenReturn(Map.of());
                })) {
            assertThatThrownBy(() -> creation.comment("SD-9", "alice", "again"))
                    .isInstanceOf(IssueCreation.Refused.class).hasMessage("No permission to comment.");
        }
        when(issueManager.getIssueObject("SD-404")).thenReturn(null);
        assertThatThrownBy(() -> creation.comment("SD-404", "alice", "x")).isInstanceOf(IssueCreation.Refused.class);
        verify(commentService, org.mockito.Mockito.times(2)).create(any(), any(), anyString(), anyBoolean(), any());
    }

    private static IssueType type(String id, boolean subTask) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.isSubTask()).thenReturn(subTask);
        return type;
    }

    private MutableIssue issue() {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(900L);
        when(issue.getKey()).thenReturn("SD-9");
        when(issue.getProjectObject()).thenReturn(sd);
        return issue;
    }

    private static <R extends IssueService.IssueValidationResult> R result(Class<R> type, boolean valid,
                                                                          MutableIssue issue) {
        R result = mock(type);
        when(result.isValid()).thenReturn(valid);
        when(result.getIssue()).thenReturn(issue);
        return result;
    }

    @Test
    void aProblemIsCreatedWithTheIssueTypeOfThatNameAndAnUnknownTypeIsRefused() {
        IssueType problem = type("10100", false);
        when(problem.getName()).thenReturn("Problem");
        IssueType task = type("10001", false);
        when(sd.getIssueTypes()).thenReturn(List.of(task, problem));
        IssueService.CreateValidationResult valid = result(IssueService.CreateValidationResult.class, true, null);
        MutableIssue issue = issue();
        IssueService.IssueResult created = result(IssueService.IssueResult.class, true, issue);
        when(issueService.validateCreate(alice, parameters)).thenReturn(valid);
        when(issueService.create(alice, valid)).thenReturn(created);

        creation.create(new ProjectRef(100, "SD", "Service Desk"), "problem", "#vpn: 3 issues in the last 2 hours",
                "", "alice");

        verify(parameters).setIssueTypeId("10100");
        assertThatThrownBy(() -> creation.create(new ProjectRef(100, "SD", "Service Desk"), "Epic", "x", "", "alice"))
                .isInstanceOf(IssueCreation.Refused.class).hasMessageContaining("no issue type Epic");
    }

    @Test
    void issuesAreLinkedWithTheNamedLinkTypeOnlyWithLinkAndBrowsePermission() throws Exception {
        MutableIssue problem = mock(MutableIssue.class);
        MutableIssue incident = mock(MutableIssue.class);
        when(problem.getId()).thenReturn(31L);
        when(incident.getId()).thenReturn(12L);
        when(issueManager.getIssueObject("SD-31")).thenReturn(problem);
        when(issueManager.getIssueObject("SD-12")).thenReturn(incident);
        IssueLinkType relates = mock(IssueLinkType.class);
        when(relates.getId()).thenReturn(10003L);
        when(issueLinkTypeManager.getIssueLinkTypesByName("Relates")).thenReturn(List.of(relates));
        when(permissionManager.hasPermission(ProjectPermissions.LINK_ISSUES, problem, alice)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, incident, alice)).thenReturn(true);

        creation.link("SD-31", "SD-12", "Relates", "alice");

        verify(issueLinkManager).createIssueLink(31L, 12L, 10003L, null, alice);
        assertThatThrownBy(() -> creation.link("SD-31", "SD-12", "Causes", "alice"))
                .isInstanceOf(IssueCreation.Refused.class).hasMessageContaining("no issue link type");
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, incident, alice)).thenReturn(false);
        assertThatThrownBy(() -> creation.link("SD-31", "SD-12", "Relates", "alice"))
                .isInstanceOf(IssueCreation.Refused.class).hasMessage("No permission to link these issues.");
        verify(issueLinkManager, times(1)).createIssueLink(31L, 12L, 10003L, null, alice);
    }
}
