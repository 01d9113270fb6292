package com.socialitsm.testing;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;

/**
 * The host ports in memory, for tests: projects, issues and users added by the test, a browse rule per project
 * (everyone, or only the listed users) and per issue (hidden from everyone but the listed users, like an issue
 * security level), and admins.
 */
public final class InMemoryHost implements IssueDirectory, UserDirectory, AccessPolicy {
    private final Map<Long, ProjectRef> projects = new ConcurrentHashMap<>();
    private final Map<Long, IssueRef> issues = new ConcurrentHashMap<>();
    private final Map<String, UserRef> users = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> projectBrowsers = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> issueBrowsers = new ConcurrentHashMap<>();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();
    private final Map<Long, Set<String>> agents = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(10_000);

    public ProjectRef addProject(String key) {
        ProjectRef project = new ProjectRef(ids.incrementAndGet(), key, key + " project");
        projects.put(project.id(), project);
        return project;
    }

    /** Only these users may browse the project from now on (by default everyone may). */
    public void restrictProject(ProjectRef project, String... userKeys) {
        projectBrowsers.put(project.id(), Set.of(userKeys));
    }

    /** Only these users may browse this issue (as an issue security level would). */
    public void restrictIssue(IssueRef issue, String... userKeys) {
        issueBrowsers.put(issue.id(), Set.of(userKeys));
    }

    public UserRef addUser(String key) {
        UserRef user = new UserRef(key, Character.toUpperCase(key.charAt(0)) + key.substring(1), "", true);
        users.put(key, user);
        return user;
    }

    /** The user works the project's issues (an agent: in Jira, assignable there). */
    public void makeAgent(ProjectRef project, String userKey) {
        agents.computeIfAbsent(project.id(), id -> ConcurrentHashMap.newKeySet()).add(userKey);
    }

    @Override
    public boolean isAgent(Optional<String> viewer, long projectId) {
        return isAdmin(viewer) || (canBrowseProject(viewer, projectId)
                && viewer.map(agents.getOrDefault(projectId, Set.of())::contains).orElse(false));
    }

    public void makeAdmin(String userKey) {
        admins.add(userKey);
    }


    public IssueRef addIssue(ProjectRef project, String summary, String description, String reporter) {
        long id = ids.incrementAndGet();
        IssueRef issue = new IssueRef(id, project.key() + "-" + id, project.id(), project.key(), summary, description,
                "Open", false, Optional.empty(), Optional.ofNullable(reporter));
        issues.put(id, issue);
        return issue;
    }

    /** Replaces what the directory knows of an issue (after an edit, assignment or resolution). */
    public IssueRef update(IssueRef issue) {
        issues.put(issue.id(), issue);
        return issue;
    }

    public void remove(IssueRef issue) {
        issues.remove(issue.id());
    }

    @Override
    public Optional<IssueRef> byKey(String issueKey) {
        return issues.values().stream().filter(i -> i.key().equalsIgnoreCase(issueKey)).findFirst();
    }

    @Override
    public Optional<IssueRef> byId(long issueId) {
        return Optional.ofNullable(issues.get(issueId));
    }

    @Override
    public Map<Long, IssueRef> byIds(Collection<Long> issueIds) {
        Map<Long, IssueRef> found = new LinkedHashMap<>();
        for (Long id : issueIds) {
            IssueRef issue = issues.get(id);
            if (issue != null) {
                found.put(id, issue);
            }
        }
        return found;
    }

    @Override
    public Optional<ProjectRef> projectByKey(String projectKey) {
        return projects.values().stream().filter(p -> p.key().equalsIgnoreCase(projectKey)).findFirst();
    }

    @Override
    public Optional<ProjectRef> projectById(long projectId) {
        return Optional.ofNullable(projects.get(projectId));
    }

    @Override
    public java.util.List<ProjectRef> projects() {
        return projects.values().stream().sorted(java.util.Comparator.comparing(ProjectRef::key)).toList();
    }

    @Override
    public Optional<UserRef> byKeyOrName(String keyOrName) {
        return Optional.ofNullable(users.get(keyOrName));
    }

    /** Test users' keys are their names. */
    @Override
    public Optional<UserRef> byName(String userName) {
        return Optional.ofNullable(users.get(userName));
    }

    @Override
    public java.util.List<UserRef> search(String query, int limit) {
        return UserDirectory.searchAmong(users.values(), query, limit);
    }

    /** The user can no longer log in (Jira: deactivated); kept for their history. */
    public void deactivate(String key) {
        users.computeIfPresent(key, (k, u) -> new UserRef(u.key(), u.displayName(), u.avatarUrl(), false));
    }

    @Override
    public Map<String, UserRef> byKeys(Collection<String> userKeys) {
        Map<String, UserRef> found = new HashMap<>();
        for (String key : userKeys) {
            UserRef user = users.get(key);
            if (user != null) {
                found.put(key, user);
            }
        }
        return found;
    }

    @Override
    public Set<Long> browsableIssues(Optional<String> viewer, Collection<Long> issueIds) {
        Set<Long> visible = new HashSet<>();
        for (Long id : issueIds) {
            IssueRef issue = issues.get(id);
            if (issue != null && canBrowseProject(viewer, issue.projectId())
                    && (!issueBrowsers.containsKey(id) || viewer.map(issueBrowsers.get(id)::contains).orElse(false))) {
                visible.add(id);
            }
        }
        return visible;
    }

    @Override
    public Set<Long> fullyBrowsableProjects(Optional<String> viewer) {
        Set<Long> restrictedByIssue = new HashSet<>();
        issueBrowsers.forEach((issueId, allowed) -> {
            IssueRef issue = issues.get(issueId);
            if (issue != null && !viewer.map(allowed::contains).orElse(false)) {
                restrictedByIssue.add(issue.projectId());
            }
        });
        Set<Long> result = new HashSet<>();
        for (Long id : projects.keySet()) {
            if (canBrowseProject(viewer, id) && !restrictedByIssue.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }

    @Override
    public boolean canBrowseProject(Optional<String> viewer, long projectId) {
        if (!projects.containsKey(projectId)) {
            return false;
        }
        Set<String> allowed = projectBrowsers.get(projectId);
        return allowed == null || viewer.map(allowed::contains).orElse(false);
    }

    @Override
    public boolean isAdmin(Optional<String> viewer) {
        return viewer.map(admins::contains).orElse(false);
    }
}
