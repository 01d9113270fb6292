package com.socialitsm.bench.host;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.socialitsm.bench.workload.IssueHistory;
import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.bench.workload.TrafficIssues;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;

/**
 * The host ports over a generated world, without holding a million issues: an issue of the loaded history is
 * rebuilt from the seed when asked for (and kept in a bounded cache, as Jira's issue cache would), issues created or
 * changed during a run are kept as given. Permissions as {@link ServiceDesk} defines them (restricted projects for
 * their agents only). Host look-ups cost microseconds here; in Jira they are the host's cost, not the app's. Keys
 * match ignoring case, as in core's in-memory host (which the replay uses as it is).
 */
public final class SyntheticHost implements IssueDirectory, UserDirectory, AccessPolicy {
    private static final int CACHE_SIZE = 200_000;

    private final ServiceDesk desk;
    private final Map<Long, IssueRef> live = new ConcurrentHashMap<>();
    private final Map<Long, IssueRef> cache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, IssueRef> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    /** Called on every permission check (the harness notes how many statements a request sent before it). */
    private volatile Runnable permissionProbe = () -> { };

    public SyntheticHost(ServiceDesk desk) {
        this.desk = desk;
    }

    public void onPermissionCheck(Runnable probe) {
        this.permissionProbe = probe == null ? () -> { } : probe;
    }

    public ServiceDesk desk() {
        return desk;
    }

    /** Records the issue as it is now (created or changed during a run). */
    public void put(IssueRef issue) {
        live.put(issue.id(), issue);
    }

    // ---- IssueDirectory ------------------------------------------------------------------------------------

    @Override
    public Optional<IssueRef> byId(long issueId) {
        IssueRef changed = live.get(issueId);
        if (changed != null) {
            return Optional.of(changed);
        }
        long index = issueId - ServiceDesk.FIRST_ISSUE_ID;
        if (index < 0) {
            return Optional.empty();
        }
        IssueRef cached = cache.get(issueId);
        if (cached != null) {
            return Optional.of(cached);
        }
        // Past the loaded history: an issue an earlier run's traffic created (as it created it).
        Optional<IssueRef> made = index < desk.size().issues()
                ? Optional.of(IssueHistory.generate(desk, (int) index).ref())
                : TrafficIssues.recreate(desk, issueId);
        made.ifPresent(issue -> cache.put(issueId, issue));
        return made;
    }

    @Override
    public Optional<IssueRef> byKey(String issueKey) {
        int dash = issueKey.lastIndexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            long number = Long.parseLong(issueKey.substring(dash + 1));
            return byId(ServiceDesk.FIRST_ISSUE_ID + number - 1).filter(issue -> issue.key().equalsIgnoreCase(issueKey));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Map<Long, IssueRef> byIds(Collection<Long> issueIds) {
        Map<Long, IssueRef> found = new LinkedHashMap<>();
        for (Long id : issueIds) {
            byId(id).ifPresent(issue -> found.put(id, issue));
        }
        return found;
    }

    @Override
    public Optional<ProjectRef> projectByKey(String projectKey) {
        for (int p = 0; p < desk.size().projects(); p++) {
            if (desk.projectKey(p).equalsIgnoreCase(projectKey)) {
                return Optional.of(project(p));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<ProjectRef> projectById(long projectId) {
        int p = desk.projectIndex(projectId);
        return p >= 0 && p < desk.size().projects() ? Optional.of(project(p)) : Optional.empty();
    }

    @Override
    public java.util.List<ProjectRef> projects() {
        return java.util.stream.IntStream.range(0, desk.size().projects()).mapToObj(this::project).toList();
    }

    private ProjectRef project(int p) {
        return new ProjectRef(desk.projectId(p), desk.projectKey(p), "Service desk " + desk.projectKey(p));
    }

    // ---- UserDirectory -------------------------------------------------------------------------------------

    @Override
    public Optional<UserRef> byKeyOrName(String keyOrName) {
        return desk.userNumber(keyOrName) < 0 ? Optional.empty()
                : Optional.of(new UserRef(keyOrName, desk.displayName(keyOrName), "", true));
    }

    /** Synthetic users' keys are their names. */
    @Override
    public Optional<UserRef> byName(String userName) {
        return byKeyOrName(userName);
    }

    /** Scans the synthetic users (a bench host: no index of names); they are all active. */
    @Override
    public java.util.List<UserRef> search(String query, int limit) {
        int users = desk.size().users() + desk.size().heavyUsers();
        return UserDirectory.searchAmong(java.util.stream.IntStream.range(0, users).mapToObj(desk::userKey)
                .map(key -> new UserRef(key, desk.displayName(key), "", true)).toList(), query, limit);
    }

    @Override
    public Map<String, UserRef> byKeys(Collection<String> userKeys) {
        Map<String, UserRef> found = new LinkedHashMap<>();
        for (String key : userKeys) {
            byKeyOrName(key).ifPresent(user -> found.put(key, user));
        }
        return found;
    }

    // ---- AccessPolicy --------------------------------------------------------------------------------------

    @Override
    public Set<Long> browsableIssues(Optional<String> viewer, Collection<Long> issueIds) {
        permissionProbe.run();
        Set<Long> browsable = new HashSet<>();
        for (Long id : issueIds) {
            byId(id).filter(issue -> canBrowseProject(viewer, issue.projectId())).ifPresent(i -> browsable.add(id));
        }
        return browsable;
    }

    @Override
    public Set<Long> fullyBrowsableProjects(Optional<String> viewer) {
        Set<Long> projects = new HashSet<>();
        for (int p = 0; p < desk.size().projects(); p++) {
            if (canBrowseProject(viewer, desk.projectId(p))) {
                projects.add(desk.projectId(p));
            }
        }
        return projects;
    }

    @Override
    public boolean canBrowseProject(Optional<String> viewer, long projectId) {
        int p = desk.projectIndex(projectId);
        if (p < 0 || p >= desk.size().projects()) {
            return false;
        }
        return viewer.map(user -> desk.canBrowse(user, p)).orElse(!desk.restricted(p));
    }

    @Override
    public boolean isAdmin(Optional<String> viewer) {
        return false;
    }

    /** The synthetic desk's agents work every project they may browse. */
    @Override
    public boolean isAgent(Optional<String> viewer, long projectId) {
        return viewer.filter(user -> desk.userNumber(user) >= 0 && desk.isAgent(desk.userNumber(user))).isPresent()
                && canBrowseProject(viewer, projectId);
    }
}
