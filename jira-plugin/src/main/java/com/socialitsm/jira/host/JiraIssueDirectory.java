package com.socialitsm.jira.host;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;

/** Issues and projects from Jira's managers. Looks up only; what a viewer may see is {@link JiraAccessPolicy}'s job. */
@Named("jiraIssueDirectory")
public final class JiraIssueDirectory implements IssueDirectory {
    private final IssueManager issueManager;
    private final ProjectManager projectManager;
    private final JiraIssueRefs issueRefs;

    @Inject
    public JiraIssueDirectory(IssueManager issueManager, ProjectManager projectManager, JiraIssueRefs issueRefs) {
        this.issueManager = issueManager;
        this.projectManager = projectManager;
        this.issueRefs = issueRefs;
    }

    @Override
    public Optional<IssueRef> byKey(String issueKey) {
        return Optional.ofNullable(issueManager.getIssueObject(issueKey)).map(issueRefs::toRef);
    }

    @Override
    public Optional<IssueRef> byId(long issueId) {
        return Optional.ofNullable(issueManager.getIssueObject(issueId)).map(issueRefs::toRef);
    }

    @Override
    public Map<Long, IssueRef> byIds(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        // One bulk load instead of a query per issue: feeds and lists show many issues at once.
        List<Issue> issues = issueManager.getIssueObjects(List.copyOf(issueIds));
        Map<Long, IssueRef> refs = new LinkedHashMap<>();
        for (Issue issue : issues) {
            if (issue != null) {
                refs.put(issue.getId(), issueRefs.toRef(issue));
            }
        }
        return refs;
    }

    @Override
    public Optional<ProjectRef> projectByKey(String projectKey) {
        return Optional.ofNullable(projectManager.getProjectByCurrentKey(projectKey)).map(JiraIssueDirectory::toRef);
    }

    @Override
    public Optional<ProjectRef> projectById(long projectId) {
        return Optional.ofNullable(projectManager.getProjectObj(projectId)).map(JiraIssueDirectory::toRef);
    }

    @Override
    public List<ProjectRef> projects() {
        return projectManager.getProjectObjects().stream().map(JiraIssueDirectory::toRef).toList();
    }

    private static ProjectRef toRef(Project project) {
        return new ProjectRef(project.getId(), project.getKey(), project.getName());
    }
}
