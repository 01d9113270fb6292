package com.socialitsm.follow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/**
 * Follow anything: issues, hashtags, people, projects. One FOLLOW row per user and target (unique FOLLOW_KEY), so
 * following twice — or from two nodes at once — leaves one row and answers "following" both times.
 *
 * <p>An issue can also be muted: the row stays with MUTED set, the user receives nothing from the issue (not even
 * through a followed hashtag, person or project), and auto-follow does not add it back. Unfollowing leaves a mute in
 * place; unmuting removes it (the user is then neither following nor muting).
 *
 * <p>A followed hashtag, person or project can be muted too, and then the follow stays (listed, still "following",
 * unmuting resumes it) while its items leave the user's feed and notifications: nothing carrying that tag, by that
 * person or in that project is delivered any more, and what was delivered is hidden at read time, so unmuting brings
 * it back. Only a follow can be muted (a mute is a state of the follow); unfollowing removes both.
 *
 * <p>Fan-in for heavy targets: once a hashtag, person or project has more followers than
 * {@link #FAN_IN_THRESHOLD_KEY} (default {@value #DEFAULT_FAN_IN_THRESHOLD}), its follow rows are marked FAN_IN and its
 * activity is no longer copied into each follower's FEED_ITEM rows: the feed reads the target's own ACTIVITY_TARGET
 * range for those followers instead, so recording an activity costs the same whatever its targets' follower counts.
 * The switch happens in the transaction of the follow that crosses the threshold and is kept in the rows only (no
 * node memory); it is one-way (a target that loses followers stays fan-in, which costs readers nothing). Issues
 * never switch: their followers are bounded by participants, and their mutes must stay on the fan-out path.
 *
 * <p>The feature's face: what a name resolves to lives in {@link FollowTargets}, whom an activity reaches and by which
 * path in {@link Audience}.
 */
public final class FollowService {
    private static final int RACE_ATTEMPTS = 3;
    /** A user's follow list is shown whole; this bounds one read of it. */
    private static final int MAX_LISTED_FOLLOWS = 5_000;
    /** SETTING key: the follower count above which a target's activity is read by fan-in rather than fanned out. */
    public static final String FAN_IN_THRESHOLD_KEY = "feed.fanInThreshold";
    /**
     * Chosen from bench/ (BENCHMARKS.md): each follower fanned out is a FEED_ITEM row in the change's batch insert, so
     * a target with a hundred followers already costs a change about a millisecond of its five; a fan-in target costs
     * a feed page only a bounded index range in its one join, whatever the number of such targets followed.
     */
    public static final int DEFAULT_FAN_IN_THRESHOLD = 100;

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final Settings settings;
    private final FollowTargets targets;
    private final Audience audience;

    public FollowService(Store store, Clock clock, IssueDirectory issues, UserDirectory users, AccessPolicy access,
            Settings settings) {
        this.users = Objects.requireNonNull(users);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.issues = Objects.requireNonNull(issues);
        this.access = Objects.requireNonNull(access);
        this.settings = Objects.requireNonNull(settings);
        this.targets = new FollowTargets(store, issues, users, access);
        this.audience = new Audience(store, settings);
    }

    // ---- what a user asks for --------------------------------------------------------------------------------

    /** Follows the target named by {@code id} (issue key, tag, user key or name, project key); idempotent. */
    public Outcome<FollowStatus> follow(String userKey, TargetType type, String id) {
        Outcome<FollowTargets.Resolved> lookup = targets.resolve(Optional.of(userKey), type, id);
        if (lookup instanceof Outcome.Done<FollowTargets.Resolved> resolved
                && resolved.value().stored().equals(FollowTarget.user(userKey))) {
            return FollowTargets.invalid("You cannot follow yourself.");
        }
        return lookup.map(target -> {
            followRow(userKey, target.stored());
            return statusOf(userKey, target);
        });
    }

    /**
     * Stops following the target. An issue's mute stays in place; a hashtag's, person's or project's mute is a state of
     * its follow and goes with it. Idempotent.
     */
    public Outcome<FollowStatus> unfollow(String userKey, TargetType type, String id) {
        return targets.resolve(Optional.of(userKey), type, id).map(target -> {
            unfollowChosen(userKey, target.stored());
            return statusOf(userKey, target);
        });
    }

    /**
     * The user chose to follow a target that the calling feature has checked they may see (an idea, which this
     * package cannot look up without depending on the idea board); as {@link #follow}, idempotent.
     *
     * @return whether the user follows it now (false only if they muted it meanwhile, which cannot happen for ideas)
     */
    public boolean followChosen(String userKey, FollowTarget target) {
        followRow(userKey, target);
        return isFollowing(userKey, target);
    }

    /** The user follows the target: a new follow row, or a muted one unmuted (shared by follow and followChosen). */
    private void followRow(String userKey, FollowTarget target) {
        store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            Optional<FollowEntity> row = find(userKey, target);
            if (row.isEmpty()) {
                boolean fanIn = isFanIn(target);
                insert(userKey, target, false, false, fanIn);
                if (!fanIn && Audience.canFanIn(target) && followerCount(target) > fanInThreshold()) {
                    switchToFanIn(target);
                }
            } else if (row.get().isMuted()) {
                // Choosing to follow a muted issue lifts the mute.
                row.get().setMuted(false);
                row.get().setAuto(false);
                row.get().save();
            }
            return null;
        });
    }

    /**
     * Stops following a target the calling feature has checked (see {@link #followChosen}); idempotent. An issue's mute
     * stays in place; any other target's mute is a state of its follow and goes with it.
     */
    public void unfollowChosen(String userKey, FollowTarget target) {
        if (target.type() == TargetType.ISSUE) {
            store.deleteWithSQL(FollowEntity.class, "FOLLOW_KEY = ? AND MUTED = ?", followKey(userKey, target), false);
        } else {
            store.deleteWithSQL(FollowEntity.class, "FOLLOW_KEY = ?", followKey(userKey, target));
        }
    }

    /** Whether the user follows the target (a muted issue is not followed; a muted follow of anything else is). */
    public boolean isFollowing(String userKey, FollowTarget target) {
        return find(userKey, target).map(row -> !row.isMuted() || target.type() != TargetType.ISSUE).orElse(false);
    }

    /**
     * Mutes an issue: nothing from it reaches the user's feed any more, what is already there is removed, and taking
     * part in it later does not auto-follow it again. Idempotent.
     */
    public Outcome<FollowStatus> mute(String userKey, String issueKey) {
        return mute(userKey, TargetType.ISSUE, issueKey);
    }

    /**
     * Mutes a target: an issue as {@link #mute(String, String)}; a followed hashtag, person or project keeps its
     * follow and stops bringing items (a conflict when the user does not follow it). Idempotent.
     */
    public Outcome<FollowStatus> mute(String userKey, TargetType type, String id) {
        Outcome<FollowTargets.Resolved> lookup = targets.resolve(Optional.of(userKey), type, id);
        if (type != TargetType.ISSUE && lookup instanceof Outcome.Done<FollowTargets.Resolved> resolved
                && find(userKey, resolved.value().stored()).isEmpty()) {
            return Outcome.refused(Problem.CONFLICT, "not_following",
                    "Follow " + resolved.value().displayId() + " first: muting keeps a follow but hides its items.");
        }
        return lookup.map(target -> {
            store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
                Optional<FollowEntity> row = find(userKey, target.stored());
                if (row.isEmpty()) {
                    insert(userKey, target.stored(), false, true, false);
                } else if (!row.get().isMuted()) {
                    row.get().setMuted(true);
                    row.get().save();
                }
                if (type == TargetType.ISSUE) {
                    // The feed table belongs to the activity feature, but a mute must empty it of the issue at once,
                    // and doing it here keeps the feed read free of a per-user mute lookup. A hashtag, person or
                    // project mute is applied when the feed is read instead (its items are not one index range).
                    store.deleteWithSQL(FeedItemEntity.class, "USER_KEY = ? AND ISSUE_ID = ?", userKey,
                            target.stored().numericId());
                }
                return null;
            });
            return statusOf(userKey, target);
        });
    }

    /** Lifts a mute; the user is then neither following nor muting the issue. Idempotent. */
    public Outcome<FollowStatus> unmute(String userKey, String issueKey) {
        return unmute(userKey, TargetType.ISSUE, issueKey);
    }

    /**
     * Lifts a mute: an issue's mute is removed (neither following nor muting after), a hashtag's, person's or
     * project's follow carries on as before the mute. Idempotent.
     */
    public Outcome<FollowStatus> unmute(String userKey, TargetType type, String id) {
        return targets.resolve(Optional.of(userKey), type, id).map(target -> {
            if (type == TargetType.ISSUE) {
                store.deleteWithSQL(FollowEntity.class, "FOLLOW_KEY = ? AND MUTED = ?",
                        followKey(userKey, target.stored()), true);
            } else {
                store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
                    find(userKey, target.stored()).filter(FollowEntity::isMuted).ifPresent(row -> {
                        row.setMuted(false);
                        row.save();
                    });
                    return null;
                });
            }
            return statusOf(userKey, target);
        });
    }

    /** Where the viewer stands with a target, and its follower count; anonymous viewers follow nothing. */
    public Outcome<FollowStatus> status(Optional<String> viewer, TargetType type, String id) {
        return targets.resolve(viewer, type, id).map(target -> viewer.isPresent()
                ? statusOf(viewer.get(), target)
                : new FollowStatus(target.stored().type(), target.displayId(), false, false,
                        followerCount(target.stored())));
    }

    /** Everything the user follows or muted, newest first, named as the user knows it; hidden issues left out. */
    public List<Follow> follows(String userKey) {
        FollowEntity[] rows = store.find(FollowEntity.class, Query.select()
                .where("FOLLOWER = ?", userKey).order("ID DESC").limit(MAX_LISTED_FOLLOWS));
        List<Long> issueIds = new ArrayList<>();
        for (FollowEntity row : rows) {
            FollowTarget target = FollowTarget.parse(row.getTarget());
            if (target.type() == TargetType.ISSUE) {
                issueIds.add(target.numericId());
            }
        }
        Set<Long> visible = issueIds.isEmpty() ? Set.of() : access.browsableIssues(Optional.of(userKey), issueIds);
        Map<Long, IssueRef> issueRefs = issueIds.isEmpty() ? Map.of() : issues.byIds(visible);
        Map<Long, Optional<ProjectRef>> projects = new HashMap<>();
        List<String> userKeys = Arrays.stream(rows).map(row -> FollowTarget.parse(row.getTarget()))
                .filter(target -> target.type() == TargetType.USER).map(FollowTarget::id).toList();
        Map<String, UserRef> people = userKeys.isEmpty() ? Map.of() : users.byKeys(userKeys);
        List<Follow> follows = new ArrayList<>(rows.length);
        for (FollowEntity row : rows) {
            FollowTarget target = FollowTarget.parse(row.getTarget());
            Optional<ProjectRef> project = target.type() == TargetType.PROJECT
                    ? projects.computeIfAbsent(target.numericId(), issues::projectById)
                            .filter(p -> access.canBrowseProject(Optional.of(userKey), p.id()))
                    : Optional.empty();
            Optional<IssueRef> issue = target.type() == TargetType.ISSUE
                    ? Optional.ofNullable(issueRefs.get(target.numericId())) : Optional.empty();
            String name = switch (target.type()) {
                case ISSUE -> issue.map(IssueRef::key).orElse(null);
                case PROJECT -> project.map(ProjectRef::key).orElse(null);
                case HASHTAG, USER -> target.id();
                // The idea board shows what one follows there; this list cannot check an idea's visibility.
                case IDEA -> null;
            };
            String title = switch (target.type()) {
                case ISSUE -> issue.map(IssueRef::summary).orElse("");
                case PROJECT -> project.map(ProjectRef::name).orElse("");
                case USER -> Optional.ofNullable(people.get(target.id())).map(UserRef::displayName).orElse("");
                case HASHTAG, IDEA -> "";
            };
            if (name != null) {
                follows.add(new Follow(target.type(), name, Instant.ofEpochMilli(row.getSince()), row.isMuted(),
                        row.isAuto(), title));
            }
        }
        return follows;
    }

    /** The targets the user follows (not those muted), as stored, newest first; one statement. */
    public List<FollowTarget> followedBy(String userKey) {
        FollowEntity[] rows = store.find(FollowEntity.class, Query.select()
                .where("FOLLOWER = ? AND MUTED = ?", userKey, false).order("ID DESC").limit(MAX_LISTED_FOLLOWS));
        return Arrays.stream(rows).map(row -> FollowTarget.parse(row.getTarget())).toList();
    }

    /** How many users follow the target (muted issues not counted). */
    public int followerCount(FollowTarget target) {
        return store.count(FollowEntity.class, Query.select().where("TARGET = ? AND MUTED = ?", target.key(), false));
    }

    // ---- what other features call ----------------------------------------------------------------------------

    /**
     * Follows the target for the user because they took part, if the admin rule for that kind of participation is
     * on, they do not follow it yet and did not mute it. Runs in the caller's transaction (joins it): a concurrent
     * follow of the same pair makes it fail with a duplicate key, so call it from work run by
     * {@link Store#executeInTransactionRetryingRaces} (the engine does that for issue changes).
     *
     * @return whether a follow was added
     */
    public boolean autoFollow(String userKey, FollowTarget target, Participation why) {
        if (!rules().autoFollows(why)) {
            return false;
        }
        return autoFollow(userKey, target);
    }

    /** As {@link #autoFollow(String, FollowTarget, Participation)}, for participation no admin rule governs. */
    public boolean autoFollow(String userKey, FollowTarget target) {
        return !autoFollowAll(List.of(userKey), target).isEmpty();
    }

    /**
     * Auto-follows the target for each of these users who neither follows nor muted it: one select and one batch
     * insert, in the caller's transaction. Returns the users who now follow it because of this call.
     */
    public Set<String> autoFollowAll(Collection<String> userKeys, FollowTarget target) {
        Set<String> candidates = new LinkedHashSet<>(userKeys);
        candidates.removeIf(u -> u == null || u.isBlank());
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return store.executeInTransaction(() -> {
            List<String> keys = candidates.stream().map(u -> followKey(u, target)).toList();
            for (FollowEntity existing : store.find(FollowEntity.class, Query.select()
                    .where(InList.in("FOLLOW_KEY", keys.size()), keys.toArray()))) {
                candidates.remove(existing.getFollower());
            }
            long now = clock.millis();
            boolean fanIn = !candidates.isEmpty() && isFanIn(target);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String user : candidates) {
                rows.add(row(user, target, now, true, false, fanIn));
            }
            store.create(FollowEntity.class, rows);
            return Set.copyOf(candidates);
        });
    }

    /**
     * As {@link #audienceOf(Collection, String, Optional)}, after the {@code participants} auto-followed
     * {@code issue} as {@link #autoFollowAll} does (those who neither follow nor muted it): they receive the activity
     * as followers of the issue. The one read of the targets' follows serves both — an issue never fans in, so every
     * follow and mute of it is among the rows read — then one batch insert of the new follows, in the caller's
     * transaction. For an issue change, whose participants follow the issue before its activity is delivered.
     */
    public List<Recipient> autoFollowAndAudienceOf(FollowTarget issue, Collection<String> participants,
            Collection<FollowTarget> targets, String actor, Optional<String> subject) {
        if (Audience.canFanIn(issue)) {
            throw new IllegalArgumentException("Only an issue or an idea is auto-followed this way: " + issue);
        }
        Set<FollowTarget> all = new LinkedHashSet<>(targets);
        all.add(issue);
        return store.executeInTransaction(() -> {
            FollowEntity[] rows = audience.rowsOf(all);
            Set<String> joining = new LinkedHashSet<>(participants);
            joining.removeIf(u -> u == null || u.isBlank());
            for (FollowEntity row : rows) {
                if (row.getTarget().equals(issue.key())) {
                    joining.remove(row.getFollower());
                }
            }
            long now = clock.millis();
            List<Map<String, Object>> follows = new ArrayList<>();
            for (String user : joining) {
                follows.add(row(user, issue, now, true, false, false));
            }
            store.create(FollowEntity.class, follows);
            return audience.recipients(rows, joining, issue.type(), actor, subject);
        });
    }

    /**
     * Moves every follow of {@code from} to {@code to} (a hashtag merged or renamed): users who already follow
     * {@code to} keep that row and lose the old one, so nobody ends up with two. Runs in the caller's transaction.
     *
     * @return how many follows were moved (not counting the duplicates dropped)
     */
    public int retarget(FollowTarget from, FollowTarget to) {
        return targets.retarget(from, to);
    }

    /** Removes every follow and mute of a target that is gone (a deleted issue). Runs in the caller's transaction. */
    public int forget(FollowTarget target) {
        return store.deleteWithSQL(FollowEntity.class, "TARGET = ?", target.key());
    }

    /**
     * Whom an activity on these targets is delivered to: every follower of any of them, in one statement — except
     * the actor, and except anyone who muted one of them (a mute of the issue silences the user entirely, even if
     * they follow its hashtag or project). Each recipient's reason is their closest follow: issue, then person,
     * then hashtag, then project. Followers whose follow is fan-in are not read at all: they see the activity through
     * the target's stream, so the rows read are bounded by the fan-out followers, not by a target's popularity.
     */
    public List<Recipient> audienceOf(Collection<FollowTarget> targets, String actor) {
        return audienceOf(targets, actor, Optional.empty());
    }

    /**
     * As {@link #audienceOf(Collection, String)}, and the activity's subject (the receiver of kudos, the new
     * assignee) receives it too, as {@link Recipient#subject}, even without following anything — unless they are
     * the actor or muted one of the targets (their mute of the issue is among the rows read, so this costs no
     * statement). A subject who follows a target keeps that follow as the reason.
     */
    public List<Recipient> audienceOf(Collection<FollowTarget> targets, String actor, Optional<String> subject) {
        return audience.of(targets, actor, subject);
    }

    /**
     * The user's follows among these targets, each with whether it is muted: one statement per 500 targets. The feed
     * asks it for the items of a page, after the permission check: to say why each item is there, and to apply mutes
     * to the items that reached it by fan-in on read, where a mute cannot act at delivery time.
     */
    public Map<FollowTarget, Boolean> mutedByFollowedTarget(String userKey, Collection<FollowTarget> targets) {
        return audience.mutedByFollowedTarget(userKey, targets);
    }

    /** The follower count above which a target switches to fan-in on read (setting, or the default). */
    public int fanInThreshold() {
        return audience.fanInThreshold();
    }

    /** Sets the threshold; targets already switched stay fan-in, others switch at their next follow above it. */
    public void setFanInThreshold(int followers) {
        audience.setFanInThreshold(followers);
    }

    /** Whether the target's activity reaches its followers by fan-in on read (any of its rows is marked). */
    public boolean isFanIn(FollowTarget target) {
        return audience.isFanIn(target);
    }

    /**
     * Switches every follower of the target to fan-in on read, in the caller's transaction (joins it). The FEED_ITEM
     * rows already delivered stay: the feed deduplicates an activity that arrives both ways. Rows are rewritten
     * (delete, then one batch insert) because Active Objects has no bulk update; two nodes doing it at once collide on
     * FOLLOW_KEY, and the retry of the loser finds the target switched.
     *
     * @return how many follows were switched
     */
    public int switchToFanIn(FollowTarget target) {
        return audience.switchToFanIn(target);
    }

    /** The auto-follow rules as the admin set them (every rule on by default); one statement. */
    public FollowRules rules() {
        return FollowRules.fromSettings(settings.withPrefix(FollowRules.SETTING_PREFIX));
    }

    public FollowRules updateRules(FollowRules rules) {
        for (Participation participation : Participation.values()) {
            settings.put(participation.settingKey(), Boolean.toString(rules.autoFollows(participation)));
        }
        return rules();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /**
     * The stored target for what a viewer names (issue key, tag, user key or name, project key), when it exists and
     * the viewer may see it; a merged hashtag resolves to the tag it was merged into.
     */
    public Optional<FollowTarget> visibleTarget(Optional<String> viewer, TargetType type, String id) {
        return targets.resolve(viewer, type, id) instanceof Outcome.Done<FollowTargets.Resolved> resolved
                ? Optional.of(resolved.value().stored()) : Optional.empty();
    }

    /** The refusal for a target that does not exist or is hidden from the viewer: the two are never told apart. */
    public static <T> Outcome<T> notFound(TargetType type) {
        return FollowTargets.notFound(type);
    }

    private FollowStatus statusOf(String userKey, FollowTargets.Resolved target) {
        Optional<FollowEntity> row = find(userKey, target.stored());
        boolean muted = row.map(FollowEntity::isMuted).orElse(false);
        // A muted issue is not followed; a muted hashtag, person or project still is.
        boolean following = row.isPresent() && (!muted || target.stored().type() != TargetType.ISSUE);
        return new FollowStatus(target.stored().type(), target.displayId(), following, muted,
                followerCount(target.stored()));
    }

    private Optional<FollowEntity> find(String userKey, FollowTarget target) {
        FollowEntity[] rows = store.find(FollowEntity.class,
                Query.select().where("FOLLOW_KEY = ?", followKey(userKey, target)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private void insert(String userKey, FollowTarget target, boolean auto, boolean muted, boolean fanIn) {
        store.create(FollowEntity.class, row(userKey, target, clock.millis(), auto, muted, fanIn));
    }

    static Map<String, Object> row(String userKey, FollowTarget target, long since, boolean auto,
            boolean muted, boolean fanIn) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("FOLLOW_KEY", followKey(userKey, target));
        row.put("FOLLOWER", userKey);
        row.put("TARGET", target.key());
        row.put("SINCE", since);
        row.put("AUTO", auto);
        row.put("MUTED", muted);
        row.put("FAN_IN", fanIn);
        return row;
    }

    public static String followKey(String userKey, FollowTarget target) {
        return userKey + "|" + target.key();
    }
}
