package com.socialitsm.bench.workload;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.socialitsm.follow.FollowTarget;

/**
 * What users follow by choice (auto-follows come from taking part in issues, see {@link IssueHistory}): half the
 * agents follow a few popular hashtags, some follow colleagues and their own project; one customer in twenty follows
 * a hashtag; each heavy user follows {@link WorkloadSize#HEAVY_ISSUES} issues (mostly recent ones),
 * {@link WorkloadSize#HEAVY_TAGS} hashtags and {@link WorkloadSize#HEAVY_PEOPLE} agents.
 */
public final class FollowPlan {
    private static final long FOLLOW_STREAM = 2;

    /** A follow by choice of {@code follower} (a user key). */
    public record Choice(String follower, FollowTarget target) {
    }

    private FollowPlan() {
    }

    /** The chosen follows of one user (by user number), in a fixed order. */
    public static List<Choice> of(ServiceDesk desk, int user) {
        SplittableRandom random = desk.random(FOLLOW_STREAM, user);
        String key = desk.userKey(user);
        List<Choice> choices = new ArrayList<>();
        if (desk.isHeavy(user)) {
            heavy(desk, random, key, choices);
        } else if (desk.isAgent(user)) {
            if (random.nextBoolean()) {
                for (String tag : tags(desk, random, 1 + random.nextInt(5))) {
                    choices.add(new Choice(key, FollowTarget.hashtag(tag)));
                }
            }
            if (random.nextInt(10) < 3) {
                Set<String> colleagues = new LinkedHashSet<>();
                for (int i = 0; i < 3; i++) {
                    colleagues.add(desk.chooseColleague(random));
                }
                colleagues.remove(key);
                colleagues.forEach(c -> choices.add(new Choice(key, FollowTarget.user(c))));
            }
            if (random.nextInt(10) < 2) {
                choices.add(new Choice(key, FollowTarget.project(desk.projectId(desk.projectOfAgent(user)))));
            }
        } else if (random.nextInt(20) == 0) {
            choices.add(new Choice(key, FollowTarget.hashtag(tags(desk, random, 1).get(0))));
        }
        return choices;
    }

    private static void heavy(ServiceDesk desk, SplittableRandom random, String key, List<Choice> choices) {
        int issues = desk.size().issues();
        Set<Integer> followed = new LinkedHashSet<>();
        int wanted = Math.min(WorkloadSize.HEAVY_ISSUES, issues / 2);
        while (followed.size() < wanted) {
            // Mostly what is going on now (the newest tenth of the history), some older issues.
            int index = random.nextInt(10) < 7 ? issues - 1 - random.nextInt(Math.max(1, issues / 10))
                    : random.nextInt(issues);
            if (!desk.restricted(IssueHistory.generate(desk, index).project())) {
                followed.add(index);
            }
        }
        followed.forEach(i -> choices.add(new Choice(key, FollowTarget.issue(ServiceDesk.FIRST_ISSUE_ID + i))));
        for (String tag : tags(desk, random, WorkloadSize.HEAVY_TAGS)) {
            choices.add(new Choice(key, FollowTarget.hashtag(tag)));
        }
        Set<String> people = new LinkedHashSet<>();
        int maxPeople = Math.min(WorkloadSize.HEAVY_PEOPLE, desk.size().agents());
        for (int attempt = 0; people.size() < maxPeople && attempt < 100 * maxPeople; attempt++) {
            people.add(desk.chooseColleague(random));
        }
        people.forEach(p -> choices.add(new Choice(key, FollowTarget.user(p))));
    }

    private static List<String> tags(ServiceDesk desk, SplittableRandom random, int count) {
        Set<String> tags = new LinkedHashSet<>();
        int max = Math.min(count, desk.size().tags());
        for (int attempt = 0; tags.size() < max && attempt < 100 * max; attempt++) {
            tags.add(desk.vocabulary().tag(desk.chooseTagRank(random)));
        }
        return List.copyOf(tags);
    }
}
