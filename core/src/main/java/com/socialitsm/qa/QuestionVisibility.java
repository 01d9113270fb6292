package com.socialitsm.qa;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.QuestionEntity;

/**
 * Who sees what: a question on an issue is visible to whoever may browse the issue, a project-wide one to whoever may
 * browse its project, a deleted one to nobody. Issues and projects named in a request that the viewer may not see
 * are refused exactly like missing ones, also where a question is asked ({@link #placement}).
 */
final class QuestionVisibility {
    static final String NO_SUCH_ISSUE = "There is no such issue.";
    static final String NO_SUCH_PROJECT = "There is no such project.";

    private final IssueDirectory issues;
    private final AccessPolicy access;

    QuestionVisibility(IssueDirectory issues, AccessPolicy access) {
        this.issues = issues;
        this.access = access;
    }

    /** Where a question is asked: on an issue (and its project), or project-wide. */
    record Placement(Optional<IssueRef> issue, ProjectRef project) {
    }

    /** Where the draft asks: an issue the asker may browse (in the project named, if one is), else a project. */
    Placement placement(Optional<String> asker, QuestionDraft draft) {
        Optional<String> issueKey = QaInputs.nonBlank(draft.issueKey());
        Optional<String> projectKey = QaInputs.nonBlank(draft.projectKey());
        if (issueKey.isPresent()) {
            IssueRef issue = issue(asker, issueKey.get());
            if (projectKey.isPresent() && !projectKey.get().equalsIgnoreCase(issue.projectKey())) {
                throw QaRejection.invalid("The issue " + issue.key() + " is not in project "
                        + QaInputs.quoted(projectKey.get()) + ".");
            }
            ProjectRef project = issues.projectById(issue.projectId())
                    .orElseGet(() -> new ProjectRef(issue.projectId(), issue.projectKey(), issue.projectKey()));
            return new Placement(Optional.of(issue), project);
        }
        if (projectKey.isPresent()) {
            return new Placement(Optional.empty(), project(asker, projectKey.get()));
        }
        throw QaRejection.invalid("Ask on an issue (issueKey) or in a project (project).");
    }

    /** The issue with this key if the viewer may browse it; otherwise "not found". */
    IssueRef issue(Optional<String> viewer, String key) {
        return issues.byKey(key.trim()).filter(issue -> access.canBrowse(viewer, issue.id()))
                .orElseThrow(() -> QaRejection.notFound(NO_SUCH_ISSUE));
    }

    /** The project with this key if the viewer may browse it; otherwise "not found". */
    ProjectRef project(Optional<String> viewer, String key) {
        return browsableProject(viewer, key).orElseThrow(() -> QaRejection.notFound(NO_SUCH_PROJECT));
    }

    Optional<ProjectRef> browsableProject(Optional<String> viewer, String key) {
        return issues.projectByKey(key.trim()).filter(project -> access.canBrowseProject(viewer, project.id()));
    }

    boolean isVisible(Optional<String> viewer, QuestionEntity question) {
        if (question.isDeleted()) {
            return false;
        }
        return question.getIssueId() != 0
                ? access.canBrowse(viewer, question.getIssueId())
                : access.canBrowseProject(viewer, question.getProjectId());
    }

    /** The ids of the questions the viewer may see, asking the host once for all issues and once per project. */
    Set<Integer> visibleIds(Optional<String> viewer, Collection<QuestionEntity> questions) {
        Set<Long> issueIds = new HashSet<>();
        for (QuestionEntity question : questions) {
            if (question.getIssueId() != 0) {
                issueIds.add(question.getIssueId());
            }
        }
        Set<Long> browsable = issueIds.isEmpty() ? Set.of() : access.browsableIssues(viewer, issueIds);
        Map<Long, Boolean> projects = new HashMap<>();
        Set<Integer> visible = new HashSet<>();
        for (QuestionEntity question : questions) {
            boolean shown = !question.isDeleted() && (question.getIssueId() != 0
                    ? browsable.contains(question.getIssueId())
                    : projects.computeIfAbsent(question.getProjectId(), p -> access.canBrowseProject(viewer, p)));
            if (shown) {
                visible.add(question.getID());
            }
        }
        return visible;
    }
}
