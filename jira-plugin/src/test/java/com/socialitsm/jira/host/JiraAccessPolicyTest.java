package com.socialitsm.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

class JiraAccessPolicyTest {
    private final UserManager userManager = mock(UserManager.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final GlobalPermissionManager globalPermissionManager = mock(GlobalPermissionManager.class);
    private final IssueSecuritySchemeManager issueSecuritySchemeManager = mock(IssueSecuritySchemeManager.class);
    private final JiraAccessPolicy policy = new JiraAccessPolicy(userManager, issueManager, projectManager,
            permissionManager, globalPermissionManager, issueSecuritySchemeManager);

    private final ApplicationUser alice = user("alice");
    private final Issue open = issue(1L);
    private final Issue secret = issue(2L);

    @Test
    void aViewerSeesTheIssuesJiraLetsThemBrowseIssueByIssue() {
        when(issueManager.getIssueObjects(anyList())).thenReturn(List.of(open, secret));
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, open, alice)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, secret, alice)).thenReturn(false);

        assertThat(policy.browsableIssues(Optional.of("alice"), List.of(1L, 2L))).containsExactly(1L);
        assertThat(policy.canBrowse(Optional.of("alice"), 2L)).isFalse();
    }

    @Test
    void anAnonymousViewerIsCheckedAsJirasAnonymousUser() {
        when(issueManager.getIssueObjects(anyList())).thenReturn(List.of(open));
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(open), isNull(ApplicationUser.class)))
                .thenReturn(true);

        assertThat(policy.browsableIssues(Optional.empty(), List.of(1L))).containsExactly(1L);
    }

    @Test
    void aViewerKeyThatNoLongerResolvesSeesNothing() {
        assertThat(policy.browsableIssues(Optional.of("deleted-user"), List.of(1L))).isEmpty();
        assertThat(policy.fullyBrowsableProjects(Optional.of("deleted-user"))).isEmpty();
        assertThat(policy.canBrowseProject(Optional.of("deleted-user"), 100L)).isFalse();
        assertThat(policy.isAdmin(Optional.of("deleted-user"))).isFalse();
        verify(permissionManager, never()).hasPermission(any(), any(Issue.class), any());
    }

    @Test
    void issuesThatNoLongerExistAreLeftOut() {
        when(issueManager.getIssueObjects(anyList())).thenReturn(java.util.Arrays.asList(open, null));
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, open, alice)).thenReturn(true);

        assertThat(policy.browsableIssues(Optional.of("alice"), List.of(1L, 3L))).containsExactly(1L);
    }

    @Test
    void aggregatesLeaveOutProjectsWithAnIssueSecurityScheme() {
        Project plain = project(100L);
        Project secured = project(200L);
        when(permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, alice)).thenReturn(List.of(plain, secured));
        when(issueSecuritySchemeManager.getSchemeFor(secured)).thenReturn(mock(Scheme.class));

        assertThat(policy.fullyBrowsableProjects(Optional.of("alice"))).isEqualTo(Set.of(100L));
    }

    @Test
    void canBrowseAProjectWithBrowsePermissionOnIt() {
        Project project = project(100L);
        when(projectManager.getProjectObj(100L)).thenReturn(project);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, alice)).thenReturn(true);

        assertThat(policy.canBrowseProject(Optional.of("alice"), 100L)).isTrue();
        assertThat(policy.canBrowseProject(Optional.of("alice"), 999L)).isFalse();
    }

    @Test
    void adminMeansJiraAdministratorsGlobalPermissionAndNeverAnonymous() {
        ApplicationUser bob = user("bob");
        when(globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, alice)).thenReturn(true);

        assertThat(policy.isAdmin(Optional.of("alice"))).isTrue();
        assertThat(policy.isAdmin(Optional.of("bob"))).isFalse();
        assertThat(policy.isAdmin(Optional.empty())).isFalse();
        verify(globalPermissionManager).hasPermission(GlobalPermissionKey.ADMINISTER, bob);
    }

    @Test
    void anAgentIsAssignableInTheProjectOrAdministersItOrJira() {
        ApplicationUser bob = user("bob");
        ApplicationUser carol = user("carol");
        ApplicationUser dave = user("dave");
        Project project = project(100L);
        when(projectManager.getProjectObj(100L)).thenReturn(project);
        when(permissionManager.hasPermission(ProjectPermissions.ASSIGNABLE_USER, project, alice)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, bob)).thenReturn(true);
        for (ApplicationUser browser : List.of(alice, bob, carol)) {
            when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, browser)).thenReturn(true);
        }
        when(globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, dave)).thenReturn(true);

        assertThat(policy.isAgent(Optional.of("alice"), 100L)).isTrue();
        assertThat(policy.isAgent(Optional.of("bob"), 100L)).isTrue();
        assertThat(policy.isAgent(Optional.of("dave"), 100L)).isTrue();
        assertThat(policy.isAgent(Optional.of("carol"), 100L)).isFalse();
        assertThat(policy.isAgent(Optional.of("alice"), 999L)).as("no such project").isFalse();
        assertThat(policy.isAgent(Optional.empty(), 100L)).isFalse();
        assertThat(policy.isAgent(Optional.of("gone"), 100L)).isFalse();
        verify(permissionManager).hasPermission(ProjectPermissions.ASSIGNABLE_USER, project, carol);
    }

    private ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }

    private static Issue issue(long id) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        return issue;
    }

    private static Project project(long id) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        return project;
    }
}
