package com.socialitsm.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/**
 * Reads feeds: a user's personal feed and the stream of one target (a tag page's or a profile's recent activity, from
 * ACTIVITY_TARGET). The personal feed merges two sources: what fan-out delivered to the user's FEED_ITEM rows, and,
 * for the heavy targets the user follows with fan-in (see {@link FollowService}), those targets' ACTIVITY_TARGET
 * ranges, read in one join with the user's fan-in follows whatever their number. An activity that arrives both ways
 * is shown once. A chunk costs the index range scan(s) below the cursor, then the activities by id, whatever the
 * number of follows; then one bulk permission check (and, for items that came by fan-in, one look-up of the user's
 * mutes among their issues). When hidden items leave the page short, the next chunk is read, a bounded number of
 * times.
 *
 * <p>Paging by activity id holds across both sources: a chunk is consumed only down to the id both sources are
 * complete to, so no item is skipped or shown twice, also while new activity arrives above the first page.
 */
public final class FeedService {
    /** Chunks read per page at most; past that a short page is returned with a cursor to go on. */
    static final int MAX_CHUNKS = 5;
    /**
     * How far below the cursor (in activity ids) the fan-in read looks in a chunk whose own feed rows do not bound it,
     * and how much that grows per chunk: it keeps the join's index ranges short for a user whose own feed is sparse.
     */
    static final long FAN_IN_WINDOW = 100_000;
    static final int FAN_IN_WINDOW_GROWTH = 16;
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
        List<String> fanInTypes = query.filter().reasons().stream().filter(type -> type != TargetType.ISSUE)
                .map(TargetType::code).sorted().toList();
        return page(viewer, query, (before, chunk, round) -> {
            List<Object> params = new ArrayList<>(List.of(user, before));
            String where = "USER_KEY = ? AND ACTIVITY_ID < ?";
            if (!reasons.isEmpty()) {
                where += " AND " + InList.in("REASON", reasons.size());
                params.addAll(reasons);
            }
            Map<Long, SourceRow> rows = new LinkedHashMap<>();
            FeedItemEntity[] own = store.find(FeedItemEntity.class, Query.select()
                    .where(where, params.toArray()).order("ACTIVITY_ID DESC").limit(chunk));
            for (FeedItemEntity row : own) {
                rows.put(row.getActivityId(), new SourceRow(row.getActivityId(),
                        TargetType.fromCode(row.getReason()), false));
            }
            // Own rows are complete down to the last one read, or to the start when fewer came.
            long ownFloor = own.length == chunk ? own[own.length - 1].getActivityId() : 0;
            if (fanInTypes.isEmpty()) {
                return Slice.of(rows, ownFloor, ownFloor == 0);
            }
            long window = FAN_IN_WINDOW * (long) Math.pow(FAN_IN_WINDOW_GROWTH, round);
            long low;
            if (ownFloor > 0 && own[0].getActivityId() - ownFloor <= window) {
                // A dense feed of its own bounds the join's ranges already.
                low = ownFloor;
            } else {
                // Otherwise a window below the cursor, or on a first page below the newest activity.
                long top = before != Long.MAX_VALUE ? before : newestActivityId() + 1;
                low = Math.max(ownFloor, top > window ? top - window : 0);
            }
            List<Object> fanInParams = new ArrayList<>(List.of(user, true, before, low));
            String fanInWhere = "f.FOLLOWER = ? AND f.FAN_IN = ? AND t.ACTIVITY_ID < ? AND t.ACTIVITY_ID >= ?";
            if (fanInTypes.size() < TargetType.values().length - 1) {
                fanInWhere += " AND (" + String.join(" OR ", Collections.nCopies(fanInTypes.size(),
                        "f.TARGET LIKE ?")) + ")";
                fanInTypes.forEach(type -> fanInParams.add(type + ":%"));
            }
            ActivityTargetEntity[] fanIn = store.find(ActivityTargetEntity.class, Query.select()
                    .alias(ActivityTargetEntity.class, "t").alias(FollowEntity.class, "f")
                    .join(FollowEntity.class, "f.TARGET = t.TARGET")
                    .where(fanInWhere, fanInParams.toArray())
                    .order("t.ACTIVITY_ID DESC").limit(chunk));
            long fanInFloor = fanIn.length == chunk ? fanIn[fanIn.length - 1].getActivityId() : low;
            for (ActivityTargetEntity row : fanIn) {
                TargetType type = FollowTarget.parse(row.getTarget()).type();
                rows.merge(row.getActivityId(), new SourceRow(row.getActivityId(), Optional.of(type), true),
                        SourceRow::closer);
            }
            long floor = Math.max(ownFloor, fanInFloor);
            return Slice.of(rows, floor, floor == 0);
        });
    }

    /**
     * The activity of one target (a hashtag's page, a user's profile, an issue, a project), newest first, only what
     * the viewer may browse.
     */
    public FeedPage stream(Optional<String> viewer, FollowTarget target, FeedQuery query) {
        return page(viewer, query, (before, chunk, round) -> {
            Map<Long, SourceRow> rows = new LinkedHashMap<>();
            for (ActivityTargetEntity row : store.find(ActivityTargetEntity.class, Query.select()
                    .where("TARGET = ? AND ACTIVITY_ID < ?", target.key(), before)
                    .order("ACTIVITY_ID DESC").limit(chunk))) {
                rows.put(row.getActivityId(), new SourceRow(row.getActivityId(), Optional.empty(), false));
            }
            long floor = rows.size() == chunk ? List.copyOf(rows.keySet()).get(chunk - 1) : 0;
            return Slice.of(rows, floor, floor == 0);
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

    /**
     * An activity id from a feed's index, why it is there, and whether it came only by fan-in on read (then the
     * actor's own activity and the user's mutes are applied at read time, as fan-out applies them at delivery).
     */
    private record SourceRow(long activityId, Optional<TargetType> reason, boolean fanInOnly) {
        /** The same activity by both routes: shown once, for the closer follow, and no longer fan-in only. */
        SourceRow closer(SourceRow other) {
            Optional<TargetType> reason = this.reason.isEmpty() ? other.reason
                    : other.reason.isEmpty() ? this.reason
                    : closeness(this.reason.get()) <= closeness(other.reason.get()) ? this.reason : other.reason;
            return new SourceRow(activityId, reason, fanInOnly && other.fanInOnly);
        }
    }

    /**
     * One chunk below the cursor: the rows with ids from {@code floor} (inclusive) up, newest first, which is as far as
     * every source is complete; {@code exhausted} when nothing is left below.
     */
    private record Slice(List<SourceRow> rows, long floor, boolean exhausted) {
        static Slice of(Map<Long, SourceRow> byId, long floor, boolean exhausted) {
            List<SourceRow> rows = byId.values().stream().filter(row -> row.activityId() >= floor)
                    .sorted(Comparator.comparingLong(SourceRow::activityId).reversed()).toList();
            return new Slice(rows, floor, exhausted);
        }
    }

    /** Reads one chunk below {@code before}, newest first; {@code round} counts the chunks of this page from 0. */
    private interface Source {
        Slice below(long before, int chunk, int round);
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
        // Everything at or above this id has been consumed; the next page starts below it.
        long consumedDownTo = before;
        boolean full = false;
        boolean exhausted = false;
        for (int round = 0; round < MAX_CHUNKS && !full; round++) {
            Slice slice = source.below(before, chunk, round);
            List<SourceRow> rows = slice.rows();
            Map<Long, Activity> activities = activitiesById(rows.stream().map(SourceRow::activityId).toList());
            Visibility visibility = visibility(viewer, activities.values());
            Set<Long> muted = mutedAmongFanIn(viewer, rows, activities);
            for (SourceRow row : rows) {
                Activity activity = activities.get(row.activityId());
                if (activity != null && visibility.shows(activity) && !(row.fanInOnly()
                        && (viewer.filter(activity.actor()::equals).isPresent()
                                || muted.contains(activity.issueId())))) {
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
                consumedDownTo = row.activityId();
            }
            if (full) {
                break;
            }
            if (slice.exhausted()) {
                exhausted = true;
                break;
            }
            consumedDownTo = slice.floor();
            before = slice.floor();
        }
        Optional<FeedCursor> next = !exhausted && consumedDownTo > 0 && consumedDownTo < Long.MAX_VALUE
                ? Optional.of(new FeedCursor(consumedDownTo))
                : Optional.empty();
        return new FeedPage(render(groups), next);
    }

    /** The issues the viewer muted among the items that reached them only by fan-in: one statement, when any. */
    private Set<Long> mutedAmongFanIn(Optional<String> viewer, List<SourceRow> rows, Map<Long, Activity> activities) {
        if (viewer.isEmpty()) {
            return Set.of();
        }
        Set<Long> issueIds = new HashSet<>();
        for (SourceRow row : rows) {
            Activity activity = activities.get(row.activityId());
            if (row.fanInOnly() && activity != null && activity.issueId() != 0) {
                issueIds.add(activity.issueId());
            }
        }
        return issueIds.isEmpty() ? Set.of() : follows.mutedIssues(viewer.get(), issueIds);
    }

    /** Lower is closer: an issue followed directly explains an item better than its project does. */
    private static int closeness(TargetType type) {
        return switch (type) {
            case ISSUE -> 0;
            case USER -> 1;
            case HASHTAG -> 2;
            case PROJECT -> 3;
        };
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

    private long newestActivityId() {
        ActivityEntity[] newest = store.find(ActivityEntity.class, Query.select("ID").order("ID DESC").limit(1));
        return newest.length == 0 ? 0 : newest[0].getID();
    }

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
