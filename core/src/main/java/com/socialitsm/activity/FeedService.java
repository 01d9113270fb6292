package com.socialitsm.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.ActivityTargetEntity;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/**
 * Reads feeds: a user's personal feed (what fan-out delivered to FEED_ITEM) and the stream of one target (a tag
 * page's or a profile's recent activity, from ACTIVITY_TARGET). A page costs two statements — an index range scan
 * below the cursor, then the activities by id — whatever the number of follows; then one bulk permission check.
 * When hidden items leave the page short, the next chunk is read, a bounded number of times.
 */
public final class FeedService {
    /** Chunks read per page at most; past that a short page is returned with a cursor to go on. */
    static final int MAX_CHUNKS = 5;
    private static final int SUGGESTION_SEED = 300;
    private static final int SUGGESTION_FOLLOWEES = 100;
    private static final int SUGGESTION_ISSUES = 100;

    private final Store store;
    private final IssueDirectory issues;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final FollowService follows;

    public FeedService(Store store, IssueDirectory issues, UserDirectory users, AccessPolicy access,
            FollowService follows) {
        this.store = Objects.requireNonNull(store);
        this.issues = Objects.requireNonNull(issues);
        this.users = Objects.requireNonNull(users);
        this.access = Objects.requireNonNull(access);
        this.follows = Objects.requireNonNull(follows);
    }

    /** The viewer's feed, newest first, only what they may browse; empty for an anonymous viewer. */
    public FeedPage feed(Optional<String> viewer, FeedQuery query) {
        if (viewer.isEmpty()) {
            return FeedPage.empty();
        }
        String user = viewer.get();
        List<String> reasons = query.filter() == FeedFilter.ALL ? List.of()
                : query.filter().reasons().stream().map(TargetType::code).sorted().toList();
        return page(viewer, query, (before, chunk) -> {
            List<Object> params = new ArrayList<>(List.of(user, before));
            String where = "USER_KEY = ? AND ACTIVITY_ID < ?";
            if (!reasons.isEmpty()) {
                where += " AND " + InList.in("REASON", reasons.size());
                params.addAll(reasons);
            }
            List<SourceRow> rows = new ArrayList<>();
            for (FeedItemEntity row : store.find(FeedItemEntity.class, Query.select()
                    .where(where, params.toArray()).order("ACTIVITY_ID DESC").limit(chunk))) {
                rows.add(new SourceRow(row.getActivityId(), TargetType.fromCode(row.getReason())));
            }
            return rows;
        });
    }

    /**
     * The activity of one target (a hashtag's page, a user's profile, an issue, a project), newest first, only what
     * the viewer may browse.
     */
    public FeedPage stream(Optional<String> viewer, FollowTarget target, FeedQuery query) {
        return page(viewer, query, (before, chunk) -> {
            List<SourceRow> rows = new ArrayList<>();
            for (ActivityTargetEntity row : store.find(ActivityTargetEntity.class, Query.select()
                    .where("TARGET = ? AND ACTIVITY_ID < ?", target.key(), before)
                    .order("ACTIVITY_ID DESC").limit(chunk))) {
                rows.add(new SourceRow(row.getActivityId(), Optional.empty()));
            }
            return rows;
        });
    }

    /**
     * Hashtags and people to follow: those the people the viewer follows interact with most — tags on their recent
     * activity, people active on the same issues or whom their activity is about — or, for a viewer who follows no
     * one, what recent items of their own feed involve. Only visible activity counts; what the viewer follows
     * already, and the viewer, are left out. At most five statements.
     */
    public FollowSuggestions suggestions(Optional<String> viewer, int limit) {
        if (viewer.isEmpty()) {
            return new FollowSuggestions(List.of(), List.of());
        }
        String me = viewer.get();
        Set<String> followedTags = new HashSet<>();
        List<String> followedPeople = new ArrayList<>();
        for (FollowTarget target : follows.followedBy(me)) {
            if (target.type() == TargetType.HASHTAG) {
                followedTags.add(target.id());
            } else if (target.type() == TargetType.USER) {
                followedPeople.add(target.id());
            }
        }
        List<Activity> seed = new ArrayList<>();
        if (!followedPeople.isEmpty()) {
            List<String> actors = followedPeople.subList(0, Math.min(SUGGESTION_FOLLOWEES, followedPeople.size()));
            seed.addAll(activities(Query.select().where(InList.in("ACTOR", actors.size()), actors.toArray())
                    .order("ID DESC").limit(SUGGESTION_SEED)));
        }
        if (seed.size() < SUGGESTION_SEED / 6) {
            List<Long> ids = new ArrayList<>();
            for (FeedItemEntity row : store.find(FeedItemEntity.class, Query.select()
                    .where("USER_KEY = ?", me).order("ACTIVITY_ID DESC").limit(SUGGESTION_SEED))) {
                ids.add(row.getActivityId());
            }
            seed.addAll(activitiesById(ids).values());
        }
        seed = visible(viewer, seed);

        Map<String, Integer> tagScores = new HashMap<>();
        Map<String, Integer> peopleScores = new HashMap<>();
        Set<Long> issueIds = new LinkedHashSet<>();
        for (Activity activity : seed) {
            activity.hashtags().forEach(tag -> tagScores.merge(tag, 1, Integer::sum));
            peopleScores.merge(activity.actor(), 1, Integer::sum);
            activity.subjectUser().ifPresent(user -> peopleScores.merge(user, 1, Integer::sum));
            if (activity.issueId() != 0 && issueIds.size() < SUGGESTION_ISSUES) {
                issueIds.add(activity.issueId());
            }
        }
        if (!followedPeople.isEmpty() && !issueIds.isEmpty()) {
            // Who else acts on the issues the people I follow work on.
            List<Activity> around = visible(viewer, activities(Query.select()
                    .where(InList.in("ISSUE_ID", issueIds.size()), issueIds.toArray())
                    .order("ID DESC").limit(SUGGESTION_SEED)));
            around.forEach(activity -> peopleScores.merge(activity.actor(), 1, Integer::sum));
        }
        followedTags.forEach(tagScores::remove);
        followedPeople.forEach(peopleScores::remove);
        peopleScores.remove(me);

        List<FollowSuggestions.SuggestedTag> tags = tagScores.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new FollowSuggestions.SuggestedTag(e.getKey(), e.getValue()))
                .toList();
        Map<String, UserRef> known = users.byKeys(peopleScores.keySet());
        List<FollowSuggestions.SuggestedPerson> people = peopleScores.entrySet().stream()
                .filter(e -> known.containsKey(e.getKey()) && known.get(e.getKey()).active())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new FollowSuggestions.SuggestedPerson(person(known, e.getKey()), e.getValue()))
                .toList();
        return new FollowSuggestions(tags, people);
    }

    // ---- paging ----------------------------------------------------------------------------------------------

    /** An activity id from a feed's index, and why it is there. */
    private record SourceRow(long activityId, Optional<TargetType> reason) {
    }

    /** Reads the ids of one chunk below {@code before}, newest first: one statement. */
    private interface Source {
        List<SourceRow> below(long before, int chunk);
    }

    /** A visible activity with what is needed to show it. */
    private record Shown(Activity activity, Optional<TargetType> reason, Optional<IssueRef> issue) {
    }

    private FeedPage page(Optional<String> viewer, FeedQuery query, Source source) {
        int limit = query.limit();
        // Read more than a page: bursts fold into one item, and a peek past the page tells whether more follows.
        int chunk = 2 * limit + 1;
        long before = query.cursor().map(FeedCursor::beforeActivityId).orElse(Long.MAX_VALUE);
        List<List<Shown>> groups = new ArrayList<>();
        long lastConsumed = 0;
        boolean full = false;
        boolean exhausted = false;
        for (int round = 0; round < MAX_CHUNKS && !full; round++) {
            List<SourceRow> rows = source.below(before, chunk);
            if (rows.isEmpty()) {
                exhausted = true;
                break;
            }
            Map<Long, Activity> activities = activitiesById(rows.stream().map(SourceRow::activityId).toList());
            Visibility visibility = visibility(viewer, activities.values());
            for (SourceRow row : rows) {
                Activity activity = activities.get(row.activityId());
                if (activity != null && visibility.shows(activity)) {
                    Shown shown = new Shown(activity, row.reason(), visibility.issue(activity));
                    boolean startsGroup = groups.isEmpty() || !sameBurst(last(groups), shown);
                    if (startsGroup && groups.size() == limit) {
                        full = true;
                        break;
                    }
                    if (startsGroup) {
                        groups.add(new ArrayList<>());
                    }
                    last(groups).add(shown);
                }
                lastConsumed = row.activityId();
            }
            before = rows.get(rows.size() - 1).activityId();
            if (!full && rows.size() < chunk) {
                exhausted = true;
                break;
            }
        }
        Optional<FeedCursor> next = (full || !exhausted) && lastConsumed > 0
                ? Optional.of(new FeedCursor(lastConsumed))
                : Optional.empty();
        return new FeedPage(render(groups), next);
    }

    /** Consecutive activities with the same verb on the same issue fold into one item. */
    private static boolean sameBurst(List<Shown> group, Shown next) {
        Activity first = group.get(0).activity();
        return first.issueId() != 0 && first.issueId() == next.activity().issueId()
                && first.verb() == next.activity().verb();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private List<FeedItem> render(List<List<Shown>> groups) {
        Set<String> userKeys = new HashSet<>();
        for (List<Shown> group : groups) {
            for (Shown shown : group) {
                userKeys.add(shown.activity().actor());
                shown.activity().subjectUser().ifPresent(userKeys::add);
            }
        }
        Map<String, UserRef> known = userKeys.isEmpty() ? Map.of() : users.byKeys(userKeys);
        Map<Long, String> projectKeys = new HashMap<>();
        List<FeedItem> items = new ArrayList<>(groups.size());
        for (List<Shown> group : groups) {
            Shown newest = group.get(0);
            Activity activity = newest.activity();
            LinkedHashSet<String> actorKeys = new LinkedHashSet<>();
            LinkedHashSet<String> tags = new LinkedHashSet<>();
            for (Shown shown : group) {
                actorKeys.add(shown.activity().actor());
                tags.addAll(shown.activity().hashtags());
            }
            String projectKey = newest.issue().map(IssueRef::projectKey).orElseGet(() ->
                    projectKeys.computeIfAbsent(activity.projectId(),
                            id -> issues.projectById(id).map(ProjectRef::key).orElse("")));
            items.add(new FeedItem(
                    activity.id(),
                    activity.verb(),
                    person(known, activity.actor()),
                    actorKeys.stream().map(key -> person(known, key)).toList(),
                    group.size(),
                    newest.issue().map(IssueRef::key),
                    newest.issue().map(IssueRef::summary).orElse(""),
                    projectKey,
                    List.copyOf(tags),
                    activity.detail(),
                    activity.at(),
                    newest.reason(),
                    activity.subjectUser().map(key -> person(known, key))));
        }
        return items;
    }

    private static Person person(Map<String, UserRef> known, String key) {
        UserRef user = known.get(key);
        return user == null ? new Person(key, key, "") : new Person(key, user.displayName(), user.avatarUrl());
    }

    // ---- reading and permission ------------------------------------------------------------------------------

    private Map<Long, Activity> activitiesById(Collection<Long> ids) {
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

    private List<Activity> activities(Query query) {
        List<Activity> activities = new ArrayList<>();
        for (ActivityEntity row : store.find(ActivityEntity.class, query)) {
            ActivityService.toActivity(row).ifPresent(activities::add);
        }
        return activities;
    }

    private List<Activity> visible(Optional<String> viewer, List<Activity> activities) {
        Visibility visibility = visibility(viewer, activities);
        return activities.stream().filter(visibility::shows).sorted(Comparator.comparingLong(Activity::id).reversed())
                .toList();
    }

    /** Which of a set of activities the viewer may see: issues in one bulk check, project-wide ones per project. */
    private final class Visibility {
        private final Map<Long, IssueRef> visibleIssues;
        private final Map<Long, Boolean> browsableProjects = new HashMap<>();
        private final Optional<String> viewer;

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
            return browsableProjects.computeIfAbsent(activity.projectId(),
                    id -> access.canBrowseProject(viewer, id));
        }

        Optional<IssueRef> issue(Activity activity) {
            return Optional.ofNullable(visibleIssues.get(activity.issueId()));
        }
    }

    private Visibility visibility(Optional<String> viewer, Collection<Activity> activities) {
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
