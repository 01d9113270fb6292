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

import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;

/**
 * Assembles the items of a feed page from the visible activities {@link FeedService} kept: bursts folded into one
 * item, people and projects named with one look-up each for the whole page.
 */
final class FeedAssembler {
    private final IssueDirectory issues;
    private final UserDirectory users;

    FeedAssembler(IssueDirectory issues, UserDirectory users) {
        this.issues = Objects.requireNonNull(issues);
        this.users = Objects.requireNonNull(users);
    }

    /** A visible activity with what is needed to show it. */
    record Shown(Activity activity, Optional<TargetType> reason, Optional<IssueRef> issue) {
    }

    /** Consecutive activities with the same verb on the same issue fold into one item. */
    static boolean sameBurst(List<Shown> group, Shown next) {
        Activity first = group.get(0).activity();
        return first.issueId() != 0 && first.issueId() == next.activity().issueId()
                && first.verb() == next.activity().verb();
    }

    static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    List<FeedItem> render(List<List<Shown>> groups) {
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
                    activity.subjectUser().map(key -> person(known, key)),
                    QaPostRef.ofSourceKey(activity.sourceKey())));
        }
        return items;
    }

    static Person person(Map<String, UserRef> known, String key) {
        UserRef user = known.get(key);
        return user == null ? new Person(key, key, "") : new Person(key, user.displayName(), user.avatarUrl());
    }
}
