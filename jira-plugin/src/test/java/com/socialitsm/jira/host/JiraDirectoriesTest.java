package com.socialitsm.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserRef;

class JiraDirectoriesTest {
    private final IssueManager issueManager = mock(IssueManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final JiraIssueDirectory issues = new JiraIssueDirectory(issueManager, projectManager, new JiraIssueRefs());

    private final UserManager userManager = mock(UserManager.class);
    private final AvatarService avatarService = mock(AvatarService.class);
    private final JiraUserDirectory users = new JiraUserDirectory(userManager, avatarService,
            mock(JiraAuthenticationContext.class), mock(com.atlassian.jira.bc.user.search.UserSearchService.class));

    @Test
    void issuesAreLoadedInBulkAndMissingOnesAreLeftOut() {
        MutableIssue issue = issue(1L, "SD-1");
        when(issueManager.getIssueObjects(anyList())).thenReturn(Arrays.asList(issue, null));

        assertThat(issues.byIds(List.of(1L, 2L))).containsOnlyKeys(1L);
        assertThat(issues.byIds(List.of())).isEmpty();
    }

    @Test
    void issuesAndProjectsByKey() {
        MutableIssue issue = issue(1L, "SD-1");
        when(issueManager.getIssueObject("SD-1")).thenReturn(issue);
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(100L);
        when(project.getKey()).thenReturn("SD");
        when(project.getName()).thenReturn("Service Desk");
        when(projectManager.getProjectByCurrentKey("SD")).thenReturn(project);

        assertThat(issues.byKey("SD-1")).hasValueSatisfying(ref -> assertThat(ref.id()).isEqualTo(1L));
        assertThat(issues.byKey("NOPE-1")).isEmpty();
        assertThat(issues.projectByKey("SD")).contains(new ProjectRef(100L, "SD", "Service Desk"));
        assertThat(issues.projectById(5L)).isEmpty();
    }

    @Test
    void aUserIsFoundByKeyOrElseByName() {
        ApplicationUser bob = user("JIRAUSER10001", "bob", "Bob Builder");
        when(userManager.getUserByName("bob")).thenReturn(bob);
        when(avatarService.getAvatarURL(any(), any(), any(Avatar.Size.class)))
                .thenReturn(URI.create("https://jira.example.com/avatar/bob"));

        assertThat(users.byKeyOrName("bob"))
                .contains(new UserRef("JIRAUSER10001", "Bob Builder", "https://jira.example.com/avatar/bob", true));
        assertThat(users.byKeyOrName("JIRAUSER10001")).isPresent();
        assertThat(users.byKeyOrName("nobody")).isEmpty();
        assertThat(users.byKeyOrName(" ")).isEmpty();
    }

    @Test
    void aMissingAvatarDoesNotFailTheLookup() {
        user("JIRAUSER10002", "carol", "Carol");
        when(avatarService.getAvatarURL(any(), any(), any(Avatar.Size.class))).thenThrow(new IllegalStateException());

        assertThat(users.byKeys(List.of("JIRAUSER10002", "gone"))).containsOnlyKeys("JIRAUSER10002")
                .hasEntrySatisfying("JIRAUSER10002", ref -> assertThat(ref.avatarUrl()).isEmpty());
    }

    private ApplicationUser user(String key, String name, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        when(user.getDisplayName()).thenReturn(displayName);
        when(user.isActive()).thenReturn(true);
        when(userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }

    private static MutableIssue issue(long id, String key) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectId()).thenReturn(100L);
        return issue;
    }
}
