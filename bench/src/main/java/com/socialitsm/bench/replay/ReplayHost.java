package com.socialitsm.bench.replay;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;

/** The host ports for the replay: the Apache projects and issues as replayed so far, everything browsable. */
final class ReplayHost implements IssueDirectory, UserDirectory, AccessPolicy {
    private final Map<Long, IssueRef> issues = new ConcurrentHashMap<>();
    private final Map<String, Long> keys = new ConcurrentHashMap<>();
    private final Map<Long, ProjectRef> projects = new ConcurrentHashMap<>();

    void put(IssueRef issue) {
        issues.put(issue.id(), issue);
        keys.put(issue.key(), issue.id());
        projects.computeIfAbsent(issue.projectId(), id -> new ProjectRef(id, issue.projectKey(), issue.projectKey()));
    }

    @Override
    public Optional<IssueRef> byKey(String issueKey) {
        return Optional.ofNullable(keys.get(issueKey)).map(issues::get);
    }

    @Override
    public Optional<IssueRef> byId(long issueId) {
        return Optional.ofNullable(issues.get(issueId));
    }

    @Override
    public Map<Long, IssueRef> byIds(Collection<Long> issueIds) {
        Map<Long, IssueRef> found = new LinkedHashMap<>();
        issueIds.forEach(id -> byId(id).ifPresent(i -> found.put(id, i)));
        return found;
    }

    @Override
    public Optional<ProjectRef> projectByKey(String projectKey) {
        return projects.values().stream().filter(p -> p.key().equals(projectKey)).findFirst();
    }

    @Override
    public Optional<ProjectRef> projectById(long projectId) {
        return Optional.ofNullable(projects.get(projectId));
    }

    @Override
    public java.util.List<ProjectRef> projects() {
        return java.util.List.copyOf(projects.values());
    }

    @Override
    public Optional<UserRef> byKeyOrName(String keyOrName) {
        return Optional.of(new UserRef(keyOrName, keyOrName, "", true));
    }

    @Override
    public Map<String, UserRef> byKeys(Collection<String> userKeys) {
        Map<String, UserRef> found = new LinkedHashMap<>();
        userKeys.forEach(k -> found.put(k, new UserRef(k, k, "", true)));
        return found;
    }

    @Override
    public Set<Long> browsableIssues(Optional<String> viewer, Collection<Long> issueIds) {
        Set<Long> found = new HashSet<>(issueIds);
        found.retainAll(issues.keySet());
        return found;
    }

    @Override
    public Set<Long> fullyBrowsableProjects(Optional<String> viewer) {
        return Set.copyOf(projects.keySet());
    }

    @Override
    public boolean canBrowseProject(Optional<String> viewer, long projectId) {
        return projects.containsKey(projectId);
    }

    @Override
    public boolean isAdmin(Optional<String> viewer) {
        return false;
    }
}
