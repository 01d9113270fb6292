package com.socialitsm.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/** Reads activities and decides which of them a viewer may see, in bulk: what feeds and suggestions read through. */
final class ActivityReader {
    private final Store store;
    private final IssueDirectory issues;
    private final AccessPolicy access;

    ActivityReader(Store store, IssueDirectory issues, AccessPolicy access) {
        this.store = Objects.requireNonNull(store);
        this.issues = Objects.requireNonNull(issues);
        this.access = Objects.requireNonNull(access);
    }

    long newestActivityId() {
        ActivityEntity[] newest = store.find(ActivityEntity.class, Query.select("ID").order("ID DESC").limit(1));
        return newest.length == 0 ? 0 : newest[0].getID();
    }

    Map<Long, Activity> activitiesById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Activity> byId = new HashMap<>();
        for (Activity activity : activities(Query.select()
                .where(InList.in("ID", ids.size()), ids.toArray()))) {
            byId.put(activity.id(), activity);
        }
        return byId;
    }

    List<Activity> activities(Query query) {
        List<Activity> activities = new ArrayList<>();
        for (ActivityEntity row : store.find(ActivityEntity.class, query)) {
            ActivityService.toActivity(row).ifPresent(activities::add);
        }
        return activities;
    }

    List<Activity> visible(Optional<String> viewer, List<Activity> activities) {
        Visibility visibility = visibility(viewer, activities);
        return activities.stream().filter(visibility::shows).sorted(Comparator.comparingLong(Activity::id).reversed())
                .toList();
    }

    /** Which of a set of activities the viewer may see: issues in one bulk check, project-wide ones per project. */
    final class Visibility {
        private final Map<Long, IssueRef> visibleIssues;
        private final Map<Long, Boolean> browsableProjects = new HashMap<>();
        private final Optional<String> viewer;
        private Set<Long> fullyBrowsable;

        Visibility(Optional<String> viewer, Map<Long, IssueRef> visibleIssues) {
            this.viewer = viewer;
            this.visibleIssues = visibleIssues;
        }

        boolean shows(Activity activity) {
            if (activity.issueId() != 0) {
                // An issue the host no longer knows (deleted, not yet cleaned up) is not shown either.
                return visibleIssues.containsKey(activity.issueId());
            }
            if (activity.projectId() == 0) {
                // Tied to no issue and no project (kudos between people): nothing in it is guarded by a permission.
                return true;
            }
            if (activity.verb() == Verb.SPIKING) {
                // A spike alert counts a project's issues: shown only to who may browse every issue of the project,
                // as trending counts only over such projects, so the count reveals no issue hidden by a security level.
                if (fullyBrowsable == null) {
                    fullyBrowsable = access.fullyBrowsableProjects(viewer);
                }
                return fullyBrowsable.contains(activity.projectId());
            }
            return browsableProjects.computeIfAbsent(activity.projectId(),
                    id -> access.canBrowseProject(viewer, id));
        }

        Optional<IssueRef> issue(Activity activity) {
            return Optional.ofNullable(visibleIssues.get(activity.issueId()));
        }
    }

    Visibility visibility(Optional<String> viewer, Collection<Activity> activities) {
        Set<Long> issueIds = new HashSet<>();
        for (Activity activity : activities) {
            if (activity.issueId() != 0) {
                issueIds.add(activity.issueId());
            }
        }
        Map<Long, IssueRef> visible = new LinkedHashMap<>();
        if (!issueIds.isEmpty()) {
            Set<Long> browsable = access.browsableIssues(viewer, issueIds);
            if (!browsable.isEmpty()) {
                visible.putAll(issues.byIds(browsable));
            }
        }
        return new Visibility(viewer, visible);
    }
}
