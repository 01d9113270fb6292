package com.socialitsm.devhost.tracker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/**
 * The host ports over the demo tracker's tables: issues by key or id (bulk lookups are one query per 500 ids),
 * users, and the browse rule (a project is open to every active user unless restricted to its grants; anonymous
 * users see nothing, as in a default Jira). Administrators are the users flagged so.
 */
public final class TrackerDirectory implements IssueDirectory, UserDirectory, AccessPolicy {
    private static final Set<String> DEMO_AGENTS = Set.of("alice", "bob");

    private final Store store;
    private final TrackerCatalog catalog;

    public TrackerDirectory(Store store) {
        this.store = Objects.requireNonNull(store);
        this.catalog = new TrackerCatalog(store);
    }

    TrackerCatalog catalog() {
        return catalog;
    }

    // ---------------------------------------------------------------- IssueDirectory

    @Override
    public Optional<IssueRef> byKey(String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        DemoIssueEntity[] rows = store.find(DemoIssueEntity.class,
                Query.select().where("ISSUE_KEY = ?", issueKey.trim().toUpperCase(Locale.ROOT)));
        return rows.length == 0 ? Optional.empty() : Optional.of(toIssueRef(rows[0]));
    }

    @Override
    public Optional<IssueRef> byId(long issueId) {
        return Optional.ofNullable(byIds(List.of(issueId)).get(issueId));
    }

    @Override
    public Map<Long, IssueRef> byIds(Collection<Long> issueIds) {
        Map<Long, IssueRef> found = new LinkedHashMap<>();
        for (List<Integer> chunk : chunks(issueIds)) {
            for (DemoIssueEntity row : store.find(DemoIssueEntity.class, Query.select()
                    .where(InList.in("ID", chunk.size()), chunk.toArray()))) {
                found.put((long) row.getID(), toIssueRef(row));
            }
        }
        Map<Long, IssueRef> ordered = new LinkedHashMap<>();
        for (Long id : issueIds) {
            IssueRef issue = found.get(id);
            if (issue != null) {
                ordered.put(id, issue);
            }
        }
        return ordered;
    }

    @Override
    public Optional<ProjectRef> projectByKey(String projectKey) {
        return projectKey == null ? Optional.empty() : catalog.project(projectKey).map(TrackerProject::toProjectRef);
    }

    @Override
    public Optional<ProjectRef> projectById(long projectId) {
        return catalog.project(projectId).map(TrackerProject::toProjectRef);
    }

    @Override
    public List<ProjectRef> projects() {
        return catalog.reload().projectsById().values().stream().map(TrackerProject::toProjectRef)
                .sorted(java.util.Comparator.comparing(ProjectRef::key)).toList();
    }

    // ---------------------------------------------------------------- UserDirectory

    @Override
    public Optional<UserRef> byKeyOrName(String keyOrName) {
        return catalog.user(keyOrName).map(TrackerUser::toUserRef);
    }

    /** Demo users' keys are their names. */
    @Override
    public Optional<UserRef> byName(String userName) {
        return catalog.user(userName).map(TrackerUser::toUserRef);
    }

    /** Every active demo user may look the others up (as Jira's "Browse users" lets logged-in users by default). */
    @Override
    public java.util.List<UserRef> search(String query, int limit) {
        return UserDirectory.searchAmong(catalog.reload().users().values().stream().map(TrackerUser::toUserRef)
                .toList(), query, limit);
    }

    @Override
    public Map<String, UserRef> byKeys(Collection<String> userKeys) {
        Map<String, TrackerUser> users = catalog.current().users();
        if (!users.keySet().containsAll(userKeys)) {
            users = catalog.reload().users();
        }
        Map<String, UserRef> found = new LinkedHashMap<>();
        for (String key : userKeys) {
            TrackerUser user = users.get(key);
            if (user != null) {
                found.put(key, user.toUserRef());
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- AccessPolicy

    @Override
    public Set<Long> browsableIssues(Optional<String> viewer, Collection<Long> issueIds) {
        Set<Long> projects = catalog.current().browsableProjectIds(viewer);
        Set<Long> visible = new HashSet<>();
        if (projects.isEmpty() || issueIds.isEmpty()) {
            return visible;
        }
        for (List<Integer> chunk : chunks(issueIds)) {
            for (DemoIssueEntity row : store.find(DemoIssueEntity.class, Query.select("ID, PROJECT_ID")
                    .where(InList.in("ID", chunk.size()), chunk.toArray()))) {
                if (projects.contains((long) row.getProjectId())) {
                    visible.add((long) row.getID());
                }
            }
        }
        return visible;
    }

    @Override
    public Set<Long> fullyBrowsableProjects(Optional<String> viewer) {
        // The demo tracker has no issue-level security: a browsable project is browsable in full.
        return catalog.current().browsableProjectIds(viewer);
    }

    @Override
    public boolean canBrowseProject(Optional<String> viewer, long projectId) {
        return catalog.project(projectId).map(p -> catalog.current().canBrowse(viewer, p)).orElse(false);
    }

    @Override
    public boolean isAdmin(Optional<String> viewer) {
        return viewer.flatMap(catalog::user).map(u -> u.admin() && u.active()).orElse(false);
    }

    /**
     * The demo's agents: admins, the project's lead, and the demo users the devhost introduces as agents (alice and
     * bob), in each project they may browse. Jira decides it by the Assignable User permission; the demo tracker
     * has no permission schemes.
     */
    @Override
    public boolean isAgent(Optional<String> viewer, long projectId) {
        if (isAdmin(viewer)) {
            return true;
        }
        Optional<TrackerProject> project = catalog.project(projectId);
        return viewer.isPresent() && project.isPresent() && canBrowseProject(viewer, projectId)
                && (DEMO_AGENTS.contains(viewer.get()) || viewer.get().equals(project.get().lead()));
    }

    // ---------------------------------------------------------------- internals

    private IssueRef toIssueRef(DemoIssueEntity row) {
        return catalog.issue(row).toIssueRef();
    }

    /** Distinct ids that fit an AO entity id, in chunks small enough for every database's parameter limit. */
    private static List<List<Integer>> chunks(Collection<Long> ids) {
        List<Integer> all = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            if (id != null && id > 0 && id <= Integer.MAX_VALUE) {
                all.add(id.intValue());
            }
        }
        return InList.chunks(all);
    }
}
