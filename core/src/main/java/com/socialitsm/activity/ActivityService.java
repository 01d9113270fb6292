package com.socialitsm.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import net.java.ao.Query;

import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.Recipient;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.ActivityTargetEntity;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/**
 * Records activities and delivers them (fan-out on write). Recording one activity costs a fixed number of
 * statements whatever the number of followers: the ACTIVITY insert, one select of the followers of all its targets,
 * one batch insert of FEED_ITEM rows (one per recipient) and one batch insert of ACTIVITY_TARGET rows (the per-target
 * streams of a tag page or a user profile) — plus, through {@link #record}, the check for the source key.
 *
 * <p>Everything runs in the caller's transaction when there is one (the engine's, or a vote's), so an activity
 * and its feed rows commit or roll back with the change that caused them.
 */
public final class ActivityService {
    /** ACTIVITY.DETAIL holds 450 characters; feeds show a line or two. */
    static final int MAX_DETAIL_LENGTH = 280;
    /** ACTIVITY.HASHTAGS holds 450 characters of space-separated tags. */
    static final int MAX_HASHTAGS_LENGTH = 450;

    private final Store store;
    private final FollowService follows;

    public ActivityService(Store store, FollowService follows) {
        this.store = Objects.requireNonNull(store);
        this.follows = Objects.requireNonNull(follows);
    }

    /**
     * Records the activity and delivers it to the followers of its issue, hashtags, actor, subject user and project,
     * and to the subject user themself (unless they muted the issue), unless one with the same source key exists. Joins the caller's transaction; when two callers race with the
     * same source key the loser fails with a duplicate key, which {@link Store#executeInTransactionRetryingRaces}
     * (and the engine) turn into a retry that then finds it recorded.
     */
    public RecordOutcome record(ActivityDraft draft) {
        return store.executeInTransaction(() -> {
            if (store.count(ActivityEntity.class, "SOURCE_KEY = ?", draft.sourceKey()) > 0) {
                return RecordOutcome.ALREADY_RECORDED;
            }
            deliver(draft, List.of());
            return RecordOutcome.RECORDED;
        });
    }

    /**
     * As {@link #record(ActivityDraft)}, for an activity that also belongs to targets an issue change does not have
     * (an idea; for a spike alert, the admin-chosen project): their followers receive it too, and their streams list
     * it. Who may read it is still decided by the draft's issue or project alone.
     */
    public RecordOutcome record(ActivityDraft draft, Collection<FollowTarget> alsoTargets) {
        return store.executeInTransaction(() -> {
            if (store.count(ActivityEntity.class, "SOURCE_KEY = ?", draft.sourceKey()) > 0) {
                return RecordOutcome.ALREADY_RECORDED;
            }
            deliver(draft, alsoTargets);
            return RecordOutcome.RECORDED;
        });
    }

    /**
     * Records without looking for the source key first: for the engine, whose claim on the change id already
     * guarantees one call per change (the unique SOURCE_KEY still stops a duplicate). The {@code participants} of the
     * change first auto-follow its issue ({@link FollowService#autoFollowAndAudienceOf}), so they receive it too.
     * Returns the activity id.
     */
    long recordAndDeliver(ActivityDraft draft, List<String> participants) {
        return deliver(draft, List.of(), participants);
    }

    /** The participants of an issue change that records no activity auto-follow its issue all the same. */
    void autoFollowIssue(long issueId, List<String> participants) {
        follows.autoFollowAll(participants, FollowTarget.issue(issueId));
    }

    private long deliver(ActivityDraft draft, Collection<FollowTarget> alsoTargets) {
        return deliver(draft, alsoTargets, List.of());
    }

    private long deliver(ActivityDraft draft, Collection<FollowTarget> alsoTargets, List<String> participants) {
        return store.executeInTransaction(() -> {
            ActivityEntity activity = store.create(ActivityEntity.class, activityRow(draft));
            long activityId = activity.getID();
            Set<FollowTarget> allTargets = new LinkedHashSet<>(targetsOf(draft));
            allTargets.addAll(alsoTargets);
            List<FollowTarget> targets = List.copyOf(allTargets);
            List<Recipient> audience = participants.isEmpty()
                    ? follows.audienceOf(targets, draft.actor(), draft.subjectUser())
                    : follows.autoFollowAndAudienceOf(FollowTarget.issue(draft.issueId()), participants, targets,
                            draft.actor(), draft.subjectUser());
            List<Map<String, Object>> feedRows = new ArrayList<>(audience.size());
            for (Recipient recipient : audience) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("USER_KEY", recipient.userKey());
                row.put("ACTIVITY_ID", activityId);
                row.put("ISSUE_ID", draft.issueId());
                row.put("REASON", recipient.reasonCode());
                feedRows.add(row);
            }
            store.create(FeedItemEntity.class, feedRows);
            List<Map<String, Object>> targetRows = new ArrayList<>(targets.size());
            for (FollowTarget target : targets) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("ACTIVITY_ID", activityId);
                row.put("TARGET", target.key());
                targetRows.add(row);
            }
            store.create(ActivityTargetEntity.class, targetRows);
            return activityId;
        });
    }

    /**
     * Records an activity meant for one user only (a mention): one ACTIVITY row and one FEED_ITEM row for the
     * recipient, no ACTIVITY_TARGET rows (so it shows on no tag page, profile or fan-in feed), unless the source key
     * is recorded already. Joins the caller's transaction. Three statements.
     */
    public RecordOutcome recordFor(ActivityDraft draft, String recipient, String reason) {
        return store.executeInTransaction(() -> {
            if (store.count(ActivityEntity.class, "SOURCE_KEY = ?", draft.sourceKey()) > 0) {
                return RecordOutcome.ALREADY_RECORDED;
            }
            ActivityEntity activity = store.create(ActivityEntity.class, activityRow(draft));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("USER_KEY", recipient);
            row.put("ACTIVITY_ID", (long) activity.getID());
            row.put("ISSUE_ID", draft.issueId());
            row.put("REASON", reason);
            store.create(FeedItemEntity.class, List.of(row));
            return RecordOutcome.RECORDED;
        });
    }

    /** Removes the activity recorded for this source key (an undone vote, a reversed kudos) from every feed. */
    public boolean withdraw(String sourceKey) {
        return store.executeInTransaction(() -> {
            ActivityEntity[] rows = store.find(ActivityEntity.class,
                    Query.select("ID").where("SOURCE_KEY = ?", sourceKey));
            if (rows.length == 0) {
                return false;
            }
            long id = rows[0].getID();
            store.deleteWithSQL(FeedItemEntity.class, "ACTIVITY_ID = ?", id);
            store.deleteWithSQL(ActivityTargetEntity.class, "ACTIVITY_ID = ?", id);
            store.deleteWithSQL(ActivityEntity.class, "ID = ?", id);
            return true;
        });
    }

    /**
     * Who did the issue's newest activities of one verb (its recent commenters, for {@code COMMENTED}), newest first,
     * each once, looking at no more than {@code limit} activities. One statement, on the ISSUE_ID index.
     */
    public List<String> recentActors(long issueId, Verb verb, int limit) {
        Set<String> actors = new LinkedHashSet<>();
        for (ActivityEntity row : store.find(ActivityEntity.class, Query.select("ID, ACTOR")
                .where("ISSUE_ID = ? AND VERB = ?", issueId, verb.code()).order("ID DESC").limit(limit))) {
            actors.add(row.getActor());
        }
        return List.copyOf(actors);
    }

    /**
     * Removes every activity of a deleted issue, its per-target rows and its feed items, the latter two by activity id
     * (FEED_ITEM has no index on its ISSUE_ID: each fanned-out row would pay for it).
     */
    public int forgetIssue(long issueId) {
        return store.executeInTransaction(() -> {
            ActivityEntity[] rows = store.find(ActivityEntity.class, Query.select("ID").where("ISSUE_ID = ?", issueId));
            List<Long> ids = Arrays.stream(rows).map(r -> (long) r.getID()).toList();
            for (List<Long> chunk : InList.chunks(ids)) {
                store.deleteWithSQL(ActivityTargetEntity.class, InList.in("ACTIVITY_ID", chunk.size()),
                        chunk.toArray());
                store.deleteWithSQL(FeedItemEntity.class, InList.in("ACTIVITY_ID", chunk.size()), chunk.toArray());
            }
            store.deleteWithSQL(ActivityEntity.class, "ISSUE_ID = ?", issueId);
            return ids.size();
        });
    }

    /** The targets an activity belongs to: its issue, each tag, its actor and subject, its project. */
    static List<FollowTarget> targetsOf(ActivityDraft draft) {
        return targetsOf(draft.issueId(), draft.hashtags(), draft.actor(), draft.subjectUser(), draft.projectId());
    }

    /** The targets a recorded activity belongs to, as {@link #targetsOf(ActivityDraft)} stored them. */
    static List<FollowTarget> targetsOf(Activity activity) {
        return targetsOf(activity.issueId(), activity.hashtags(), activity.actor(), activity.subjectUser(),
                activity.projectId());
    }

    private static List<FollowTarget> targetsOf(long issueId, List<String> hashtags, String actor,
            Optional<String> subjectUser, long projectId) {
        Set<FollowTarget> targets = new LinkedHashSet<>();
        if (issueId != 0) {
            targets.add(FollowTarget.issue(issueId));
        }
        for (String tag : hashtags) {
            targets.add(FollowTarget.hashtag(tag));
        }
        // A user key too long for a stored target (never seen in practice) only costs that user's followers.
        Stream.concat(Stream.of(actor), subjectUser.stream())
                .filter(FollowTarget::canHold)
                .forEach(user -> targets.add(FollowTarget.user(user)));
        if (projectId != 0) {
            targets.add(FollowTarget.project(projectId));
        }
        return List.copyOf(targets);
    }

    private static Map<String, Object> activityRow(ActivityDraft draft) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("SOURCE_KEY", draft.sourceKey());
        row.put("VERB", draft.verb().code());
        row.put("ACTOR", draft.actor());
        row.put("ISSUE_ID", draft.issueId());
        row.put("PROJECT_ID", draft.projectId());
        row.put("HASHTAGS", joinTags(draft.hashtags()));
        row.put("DETAIL", excerpt(draft.detail()));
        row.put("SUBJECT_USER", draft.subjectUser().orElse(null));
        row.put("CREATED_AT", draft.at().toEpochMilli());
        return row;
    }

    /** The tags that fit the column, whole tags only, in order. */
    public static String joinTags(Collection<String> tags) {
        StringBuilder joined = new StringBuilder();
        for (String tag : tags) {
            if (joined.length() + tag.length() + 1 > MAX_HASHTAGS_LENGTH) {
                break;
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(tag);
        }
        return joined.toString();
    }

    /** The start of a text on one line, cut at a code point boundary with an ellipsis. */
    public static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX_DETAIL_LENGTH) {
            return line;
        }
        int end = MAX_DETAIL_LENGTH - 1;
        if (Character.isLowSurrogate(line.charAt(end))) {
            end--;
        }
        return line.substring(0, end) + "\u2026";
    }

    /** The activity of a row, or empty for a verb this version does not know (written by a newer node). */
    static Optional<Activity> toActivity(ActivityEntity row) {
        String tags = row.getHashtags();
        return Verb.fromCode(row.getVerb()).map(verb -> new Activity(row.getID(), verb, row.getActor(),
                row.getIssueId(), row.getProjectId(),
                tags == null || tags.isBlank() ? List.of() : List.of(tags.trim().split(" +")),
                row.getDetail() == null ? "" : row.getDetail(),
                Optional.ofNullable(row.getSubjectUser()).filter(s -> !s.isBlank()),
                Instant.ofEpochMilli(row.getCreatedAt()), row.getSourceKey()));
    }
}
