package com.socialitsm.devhost.tracker;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import net.java.ao.Query;

import com.socialitsm.store.Store;

/**
 * The demo tracker's small reference tables (projects, users, browse grants), read in three queries and kept for a
 * short while: permission checks and issue lookups need them on every request, and they change only when demo data
 * is set up. A lookup that misses reloads at once, so a project another node just created is found.
 */
final class TrackerCatalog {
    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Store store;
    private volatile Snapshot snapshot;

    TrackerCatalog(Store store) {
        this.store = store;
    }

    record Snapshot(Map<Long, TrackerProject> projectsById, Map<String, TrackerProject> projectsByKey,
                    Map<String, TrackerUser> users, Map<Long, Set<String>> grants, long loadedAtNanos) {

        boolean canBrowse(Optional<String> viewer, TrackerProject project) {
            if (viewer.isEmpty()) {
                return false;
            }
            TrackerUser user = users.get(viewer.get());
            if (user == null || !user.active()) {
                return false;
            }
            // Portal-only customers (JSM's unlicensed customers) browse no project: they use the portal.
            if (PortalCustomers.isCustomer(user.name())) {
                return false;
            }
            return !project.restricted() || grants.getOrDefault(project.id(), Set.of()).contains(user.name());
        }

        Set<Long> browsableProjectIds(Optional<String> viewer) {
            Set<Long> ids = new HashSet<>();
            for (TrackerProject project : projectsById.values()) {
                if (canBrowse(viewer, project)) {
                    ids.add(project.id());
                }
            }
            return ids;
        }
    }

    Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAtNanos() > MAX_AGE_NANOS) {
            s = reload();
        }
        return s;
    }

    Optional<TrackerProject> project(String key) {
        String wanted = key.toUpperCase(Locale.ROOT);
        TrackerProject project = current().projectsByKey().get(wanted);
        return project != null ? Optional.of(project) : Optional.ofNullable(reload().projectsByKey().get(wanted));
    }

    Optional<TrackerProject> project(long id) {
        TrackerProject project = current().projectsById().get(id);
        return project != null ? Optional.of(project) : Optional.ofNullable(reload().projectsById().get(id));
    }

    Optional<TrackerUser> user(String name) {
        if (name == null) {
            return Optional.empty();
        }
        TrackerUser user = current().users().get(name);
        return user != null ? Optional.of(user) : Optional.ofNullable(reload().users().get(name));
    }

    /** A demo issue row as a record (with its project from this catalog). */
    TrackerIssue issue(DemoIssueEntity row) {
        TrackerProject project = project(row.getProjectId())
                .orElseThrow(() -> new IllegalStateException("Issue " + row.getIssueKey() + " has no project"));
        return new TrackerIssue(row.getID(), row.getIssueKey(), project, row.getSummary(),
                Objects.toString(row.getDescription(), ""), row.getIssueType(), row.getStatus(),
                Optional.ofNullable(row.getResolution()), Optional.ofNullable(row.getAssignee()),
                Optional.ofNullable(row.getReporter()), Instant.ofEpochMilli(row.getCreatedAt()),
                Instant.ofEpochMilli(row.getUpdatedAt()),
                row.getResolvedAt() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(row.getResolvedAt())));
    }

    Snapshot reload() {
        Map<Long, TrackerProject> byId = new LinkedHashMap<>();
        Map<String, TrackerProject> byKey = new LinkedHashMap<>();
        for (DemoProjectEntity p : store.find(DemoProjectEntity.class, Query.select().order("PROJECT_KEY"))) {
            TrackerProject project = new TrackerProject(p.getID(), p.getProjectKey(), p.getName(),
                    p.getDescription() == null ? "" : p.getDescription(), p.getLeadUser(), p.isRestricted());
            byId.put(project.id(), project);
            byKey.put(project.key().toUpperCase(Locale.ROOT), project);
        }
        Map<String, TrackerUser> users = new LinkedHashMap<>();
        for (DemoUserEntity u : store.find(DemoUserEntity.class, Query.select().order("USER_NAME"))) {
            users.put(u.getUserName(), new TrackerUser(u.getUserName(), u.getDisplayName(),
                    u.getEmail() == null ? "" : u.getEmail(), u.getJobTitle() == null ? "" : u.getJobTitle(),
                    u.isAdministrator(), u.isActive()));
        }
        Map<Long, Set<String>> grants = new HashMap<>();
        for (DemoBrowseGrantEntity g : store.find(DemoBrowseGrantEntity.class, Query.select())) {
            grants.computeIfAbsent((long) g.getProjectId(), id -> new HashSet<>()).add(g.getUserName());
        }
        Snapshot fresh = new Snapshot(Collections.unmodifiableMap(byId),
                Collections.unmodifiableMap(byKey), Collections.unmodifiableMap(users), grants, System.nanoTime());
        snapshot = fresh;
        return fresh;
    }

    void invalidate() {
        snapshot = null;
    }
}
