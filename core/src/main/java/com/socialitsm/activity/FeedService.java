package com.socialitsm.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
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
import com.socialitsm.host.UserDirectory;
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
 * ranges, read in one join with the user's fan-in follows whatever their number. Each source is one statement that
 * returns the activities themselves (joined to ACTIVITY), so a chunk costs two statements before the one bulk
 * permission check, whatever the number of follows (a first page whose own rows are too few to bound the fan-in range
 * adds one index-only look-up of the newest activity id). After the check, one look-up of the user's follows among the
 * visible items' targets says why each is there and applies mutes to what came by fan-in. An activity that arrives
 * both ways is shown once. When hidden items leave the page short, the next chunk is read, a bounded number of times.
 *
 * <p>Paging by activity id holds across both sources: a chunk is consumed only down to the id both sources are
 * complete to, so no item is skipped or shown twice, also while new activity arrives above the first page.
 *
 * <p>The face of reading: this class pages; {@link ActivityReader} reads activities and checks permissions in bulk,
 * {@link FeedAssembler} folds and names a page's items, {@link FollowSuggester} finds what to follow next.
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

    private final FollowService follows;
    private final ActivityReader reader;
    private final FeedAssembler assembler;
    private final FollowSuggester suggester;

    public FeedService(Store store, IssueDirectory issues, UserDirectory users, AccessPolicy access,
            FollowService follows) {
        this.follows = Objects.requireNonNull(follows);
        this.reader = new ActivityReader(store, issues, access);
        this.assembler = new FeedAssembler(issues, users);
        this.suggester = new FollowSuggester(store, users, follows, reader);
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
        Source source = (before, chunk, round) -> {
            List<Object> params = new ArrayList<>(List.of(user, before));
            String where = "fi.USER_KEY = ? AND fi.ACTIVITY_ID < ?";
            if (!reasons.isEmpty()) {
                where += " AND " + InList.in("fi.REASON", reasons.size());
                params.addAll(reasons);
            }
            Map<Long, SourceRow> rows = new LinkedHashMap<>();
            List<Activity> own = reader.activities(Query.select()
                    .alias(ActivityEntity.class, "a").alias(FeedItemEntity.class, "fi")
                    .join(FeedItemEntity.class, "fi.ACTIVITY_ID = a.ID")
                    .where(where, params.toArray()).order("fi.ACTIVITY_ID DESC").limit(chunk));
            own.forEach(activity -> rows.put(activity.id(), new SourceRow(activity, false)));
            // Own rows are complete down to the last one read, or to the start when fewer came.
            long ownFloor = own.size() == chunk ? own.get(own.size() - 1).id() : 0;
            if (fanInTypes.isEmpty()) {
                return Slice.of(rows, ownFloor, ownFloor == 0);
            }
            long window = FAN_IN_WINDOW * (long) Math.pow(FAN_IN_WINDOW_GROWTH, round);
            long low;
            if (ownFloor > 0 && own.get(0).id() - ownFloor <= window) {
                // A dense feed of its own bounds the join's ranges already.
                low = ownFloor;
            } else {
                // Otherwise a window below the cursor, or on a first page below the newest activity.
                long top = before != Long.MAX_VALUE ? before : reader.newestActivityId() + 1;
                low = Math.max(ownFloor, top > window ? top - window : 0);
            }
            List<Object> fanInParams = new ArrayList<>(List.of(user, true, false, before, low));
            String fanInWhere = "f.FOLLOWER = ? AND f.FAN_IN = ? AND f.MUTED = ? AND t.ACTIVITY_ID < ?"
                    + " AND t.ACTIVITY_ID >= ?";
            if (fanInTypes.size() < TargetType.values().length - 1) {
                fanInWhere += " AND (" + String.join(" OR ", Collections.nCopies(fanInTypes.size(),
                        "f.TARGET LIKE ?")) + ")";
                fanInTypes.forEach(type -> fanInParams.add(type + ":%"));
            }
            // One row per matching fan-in follow: an activity of two followed heavy targets comes twice.
            List<Activity> fanIn = reader.activities(Query.select()
                    .alias(ActivityEntity.class, "a").alias(ActivityTargetEntity.class, "t")
                    .alias(FollowEntity.class, "f")
                    .join(ActivityTargetEntity.class, "t.ACTIVITY_ID = a.ID")
                    .join(FollowEntity.class, "f.TARGET = t.TARGET")
                    .where(fanInWhere, fanInParams.toArray())
                    .order("t.ACTIVITY_ID DESC").limit(chunk));
            long fanInFloor = fanIn.size() == chunk ? fanIn.get(fanIn.size() - 1).id() : low;
            fanIn.forEach(activity -> rows.merge(activity.id(), new SourceRow(activity, true), SourceRow::merge));
            long floor = Math.max(ownFloor, fanInFloor);
            return Slice.of(rows, floor, floor == 0);
        };
        Set<TargetType> explaining = query.filter() == FeedFilter.ALL ? EnumSet.allOf(TargetType.class)
                : EnumSet.copyOf(query.filter().reasons());
        return page(viewer, query, source, rows -> explain(user, rows, explaining));
    }

    /**
     * What was delivered to the viewer's own FEED_ITEM rows, newest first, only what they may browse: the feed without
     * what heavy (fan-in) targets bring at read time. The notifications panel lists these, since they are what its
     * unread count can count in one index range scan. One statement per chunk before the permission check.
     */
    public FeedPage delivered(Optional<String> viewer, FeedQuery query) {
        if (viewer.isEmpty()) {
            return FeedPage.empty();
        }
        String user = viewer.get();
        return page(viewer, query, (before, chunk, round) -> {
            Map<Long, SourceRow> rows = new LinkedHashMap<>();
            for (Activity activity : reader.activities(Query.select()
                    .alias(ActivityEntity.class, "a").alias(FeedItemEntity.class, "fi")
                    .join(FeedItemEntity.class, "fi.ACTIVITY_ID = a.ID")
                    .where("fi.USER_KEY = ? AND fi.ACTIVITY_ID < ?", user, before)
                    .order("fi.ACTIVITY_ID DESC").limit(chunk))) {
                rows.put(activity.id(), new SourceRow(activity, false));
            }
            long floor = rows.size() == chunk ? List.copyOf(rows.keySet()).get(chunk - 1) : 0;
            return Slice.of(rows, floor, floor == 0);
        }, rows -> explain(user, rows, EnumSet.allOf(TargetType.class)));
    }

    /**
     * The activity of one target (a hashtag's page, a user's profile, an issue, a project), newest first, only what
     * the viewer may browse.
     */
    public FeedPage stream(Optional<String> viewer, FollowTarget target, FeedQuery query) {
        return page(viewer, query, (before, chunk, round) -> {
            Map<Long, SourceRow> rows = new LinkedHashMap<>();
            for (Activity activity : reader.activities(Query.select()
                    .alias(ActivityEntity.class, "a").alias(ActivityTargetEntity.class, "t")
                    .join(ActivityTargetEntity.class, "t.ACTIVITY_ID = a.ID")
                    .where("t.TARGET = ? AND t.ACTIVITY_ID < ?", target.key(), before)
                    .order("t.ACTIVITY_ID DESC").limit(chunk))) {
                rows.put(activity.id(), new SourceRow(activity, false));
            }
            long floor = rows.size() == chunk ? List.copyOf(rows.keySet()).get(chunk - 1) : 0;
            return Slice.of(rows, floor, floor == 0);
        }, rows -> Explanation.NONE);
    }

    /**
     * Hashtags and people to follow: those the people the viewer follows interact with most — tags on their recent
     * activity, people active on the same issues or whom their activity is about — or, for a viewer who follows no
     * one, what recent items of their own feed involve. Only visible activity counts; what the viewer follows
     * already, and the viewer, are left out. At most five statements.
     */
    public FollowSuggestions suggestions(Optional<String> viewer, int limit) {
        return suggester.suggestions(viewer, limit);
    }

    // ---- paging ----------------------------------------------------------------------------------------------

    /**
     * An activity read from a feed's index, and whether it came only by fan-in on read (then the actor's own activity
     * and the user's mutes are applied at read time, as fan-out applies them at delivery).
     */
    private record SourceRow(Activity activity, boolean fanInOnly) {
        long activityId() {
            return activity.id();
        }

        /** The same activity by both routes, or twice by fan-in: shown once, fan-in only if it came only so. */
        SourceRow merge(SourceRow other) {
            return new SourceRow(activity, fanInOnly && other.fanInOnly);
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

    /**
     * Why each visible item of a chunk is in the feed (the closest follow that brings it), and which items the
     * viewer's mutes or own authorship leave out; asked after the permission check.
     */
    private record Explanation(Map<Long, TargetType> reasons, Set<Long> leftOut) {
        static final Explanation NONE = new Explanation(Map.of(), Set.of());
    }

    /** Reads one chunk below {@code before}, newest first; {@code round} counts the chunks of this page from 0. */
    private interface Source {
        Slice below(long before, int chunk, int round);
    }

    /** Explains the visible rows of one chunk. */
    private interface Explainer {
        Explanation explain(List<SourceRow> visibleRows);
    }

    private FeedPage page(Optional<String> viewer, FeedQuery query, Source source, Explainer explainer) {
        int limit = query.limit();
        // Read more than a page: bursts fold into one item, and a peek past the page tells whether more follows.
        int chunk = 2 * limit + 1;
        long before = query.cursor().map(FeedCursor::beforeActivityId).orElse(Long.MAX_VALUE);
        List<List<FeedAssembler.Shown>> groups = new ArrayList<>();
        // Everything at or above this id has been consumed; the next page starts below it.
        long consumedDownTo = before;
        boolean full = false;
        boolean exhausted = false;
        for (int round = 0; round < MAX_CHUNKS && !full; round++) {
            Slice slice = source.below(before, chunk, round);
            ActivityReader.Visibility visibility = reader.visibility(viewer, slice.rows().stream().map(SourceRow::activity).toList());
            List<SourceRow> visibleRows = slice.rows().stream().filter(row -> visibility.shows(row.activity()))
                    .toList();
            Explanation explanation = visibleRows.isEmpty() ? Explanation.NONE : explainer.explain(visibleRows);
            for (SourceRow row : slice.rows()) {
                Activity activity = row.activity();
                if (visibility.shows(activity) && !explanation.leftOut().contains(activity.id())) {
                    FeedAssembler.Shown shown = new FeedAssembler.Shown(activity, Optional.ofNullable(explanation.reasons().get(activity.id())),
                            visibility.issue(activity));
                    boolean startsGroup = groups.isEmpty() || !FeedAssembler.sameBurst(FeedAssembler.last(groups), shown);
                    if (startsGroup && groups.size() == limit) {
                        full = true;
                        break;
                    }
                    if (startsGroup) {
                        groups.add(new ArrayList<>());
                    }
                    FeedAssembler.last(groups).add(shown);
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
        return new FeedPage(assembler.render(groups), next);
    }

    /**
     * One look-up of the user's follows among the targets of the visible rows: the closest unmuted follow of an
     * explaining type is the item's reason; a row that came only by fan-in is left out when the user acted it, and any
     * row is left out when the user muted one of its targets (its issue, or a hashtag, person or project they follow
     * muted), as fan-out leaves it out at delivery; a mention only by its issue's mute, since it names the user.
     */
    private Explanation explain(String user, List<SourceRow> rows, Set<TargetType> explaining) {
        Map<Long, List<FollowTarget>> targets = new HashMap<>();
        Set<FollowTarget> all = new LinkedHashSet<>();
        for (SourceRow row : rows) {
            List<FollowTarget> ofActivity = ActivityService.targetsOf(row.activity());
            targets.put(row.activityId(), ofActivity);
            all.addAll(ofActivity);
        }
        Map<FollowTarget, Boolean> mutedByFollowed = follows.mutedByFollowedTarget(user, all);
        Map<Long, TargetType> reasons = new HashMap<>();
        Set<Long> leftOut = new HashSet<>();
        for (SourceRow row : rows) {
            Activity activity = row.activity();
            if ((row.fanInOnly() && activity.actor().equals(user))
                    || mutedFor(activity, targets.get(activity.id()), mutedByFollowed)) {
                leftOut.add(activity.id());
                continue;
            }
            if (activity.verb() == Verb.MENTIONED) {
                // A mention is there because it names the viewer, whatever they follow.
                continue;
            }
            targets.get(activity.id()).stream()
                    .filter(target -> Boolean.FALSE.equals(mutedByFollowed.get(target)))
                    .map(FollowTarget::type)
                    .filter(explaining::contains)
                    .min(Comparator.comparingInt(TargetType::closeness))
                    .ifPresent(type -> reasons.put(activity.id(), type));
        }
        return new Explanation(reasons, leftOut);
    }

    /** Whether the user's mutes among these follows hide the activity (see {@link #explain}). */
    private static boolean mutedFor(Activity activity, List<FollowTarget> targetsOfActivity,
            Map<FollowTarget, Boolean> mutedByFollowed) {
        if (activity.verb() == Verb.MENTIONED) {
            return activity.issueId() != 0
                    && Boolean.TRUE.equals(mutedByFollowed.get(FollowTarget.issue(activity.issueId())));
        }
        return targetsOfActivity.stream().anyMatch(target -> Boolean.TRUE.equals(mutedByFollowed.get(target)));
    }

    /**
     * These activities without those the user's mutes hide, as the feed leaves them out: for counts that read
     * FEED_ITEM rows directly (the unread notifications). One statement per 500 targets.
     */
    List<Activity> withoutMuted(String user, List<Activity> activities) {
        if (activities.isEmpty()) {
            return activities;
        }
        Map<Long, List<FollowTarget>> targets = new HashMap<>();
        Set<FollowTarget> all = new LinkedHashSet<>();
        for (Activity activity : activities) {
            List<FollowTarget> ofActivity = ActivityService.targetsOf(activity);
            targets.put(activity.id(), ofActivity);
            all.addAll(ofActivity);
        }
        Map<FollowTarget, Boolean> mutedByFollowed = follows.mutedByFollowedTarget(user, all);
        return activities.stream()
                .filter(activity -> !mutedFor(activity, targets.get(activity.id()), mutedByFollowed)).toList();
    }
}
