package com.socialitsm.activity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/** What to follow next, from the activity around what the viewer follows; {@link FeedService} is its face. */
final class FollowSuggester {
    private static final int SUGGESTION_SEED = 300;
    private static final int SUGGESTION_FOLLOWEES = 100;
    private static final int SUGGESTION_ISSUES = 100;

    private final Store store;
    private final UserDirectory users;
    private final FollowService follows;
    private final ActivityReader reader;

    FollowSuggester(Store store, UserDirectory users, FollowService follows, ActivityReader reader) {
        this.store = Objects.requireNonNull(store);
        this.users = Objects.requireNonNull(users);
        this.follows = Objects.requireNonNull(follows);
        this.reader = Objects.requireNonNull(reader);
    }

    /** See {@link FeedService#suggestions}. */
    FollowSuggestions suggestions(Optional<String> viewer, int limit) {
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
            seed.addAll(reader.activities(Query.select().where(InList.in("ACTOR", actors.size()), actors.toArray())
                    .order("ID DESC").limit(SUGGESTION_SEED)));
        }
        if (seed.size() < SUGGESTION_SEED / 6) {
            List<Long> ids = new ArrayList<>();
            for (FeedItemEntity row : store.find(FeedItemEntity.class, Query.select()
                    .where("USER_KEY = ?", me).order("ACTIVITY_ID DESC").limit(SUGGESTION_SEED))) {
                ids.add(row.getActivityId());
            }
            seed.addAll(reader.activitiesById(ids).values());
        }
        seed = reader.visible(viewer, seed);

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
            List<Activity> around = reader.visible(viewer, reader.activities(Query.select()
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
                .map(e -> new FollowSuggestions.SuggestedPerson(FeedAssembler.person(known, e.getKey()), e.getValue()))
                .toList();
        return new FollowSuggestions(tags, people);
    }
}
