package com.socialitsm.devhost.tracker;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.java.ao.Query;

import com.socialitsm.store.Store;

/**
 * {@code --seed-history N}: writes N issues with comments straight into the demo tracker's tables, spread over the
 * last 60 days, as if they had been there before the app was installed: the engine never sees them, so they carry no
 * tags, activity or points until "tag existing issues" runs. Their texts hold hashtags (some in code, which must stay
 * untagged). Deterministic: issue i always gets the same texts and dates relative to now.
 */
public final class HistorySeeder {
    static final Duration SPAN = Duration.ofDays(60);
    private static final int BATCH = 200;
    private static final List<String> TOPICS = List.of("vpn", "email", "printer", "laptop", "outage", "password",
            "wifi", "badgefirmware", "onboarding", "mobile");
    private static final List<String> REPORTERS = List.of("alice", "bob", "carol");

    private final Store store;
    private final Clock clock;

    public HistorySeeder(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Adds {@code count} issues (and 0-3 comments each) to the tracker's projects in turn; the number written. */
    public int seed(int count) {
        if (count <= 0) {
            return 0;
        }
        DemoProjectEntity[] projects = store.find(DemoProjectEntity.class, Query.select().order("ID"));
        if (projects.length == 0) {
            return 0;
        }
        long now = clock.millis();
        int written = 0;
        while (written < count) {
            int from = written;
            int to = Math.min(count, from + BATCH);
            store.executeInTransaction(() -> {
                Map<Integer, Integer> numbers = new HashMap<>();
                for (int i = from; i < to; i++) {
                    writeIssue(i, count, projects[i % projects.length], numbers, now);
                }
                return null;
            });
            written = to;
        }
        return written;
    }

    private void writeIssue(int i, int count, DemoProjectEntity project, Map<Integer, Integer> numbers, long now) {
        int number = numbers.computeIfAbsent(project.getID(), this::lastNumber) + 1;
        numbers.put(project.getID(), number);
        String topic = TOPICS.get(i % TOPICS.size());
        String other = TOPICS.get((i * 7 + 3) % TOPICS.size());
        long created = now - SPAN.toMillis() + (SPAN.toMillis() - Duration.ofDays(1).toMillis()) * i / count;
        Map<String, Object> row = new HashMap<>();
        row.put("PROJECT_ID", project.getID());
        row.put("ISSUE_NUMBER", number);
        row.put("ISSUE_KEY", project.getProjectKey() + "-" + number);
        row.put("SUMMARY", "Earlier report " + (i + 1) + ": #" + topic + " trouble");
        row.put("DESCRIPTION", "Seen since last week. {code}#notatag{code} Related to #" + other + "?");
        row.put("ISSUE_TYPE", DemoTracker.ISSUE_TYPES.get(i % DemoTracker.ISSUE_TYPES.size()));
        row.put("STATUS", TrackerIssue.STATUS_OPEN);
        row.put("REPORTER", REPORTERS.get(i % REPORTERS.size()));
        row.put("CREATED_AT", created);
        row.put("UPDATED_AT", created);
        row.put("RESOLVED_AT", 0L);
        DemoIssueEntity issue = store.create(DemoIssueEntity.class, row);
        List<Map<String, Object>> comments = new ArrayList<>();
        for (int c = 0; c < i % 4; c++) {
            Map<String, Object> comment = new HashMap<>();
            comment.put("ISSUE_ID", issue.getID());
            comment.put("AUTHOR", REPORTERS.get((i + c + 1) % REPORTERS.size()));
            comment.put("BODY", c == 0 ? "Same here #" + topic + " #" + TOPICS.get((i + c) % TOPICS.size())
                    : "Still happening, see {{#" + topic + "}} in the log");
            comment.put("CREATED_AT", Math.min(now, created + Duration.ofHours(3L * (c + 1)).toMillis()));
            comments.add(comment);
        }
        store.create(DemoCommentEntity.class, comments);
    }

    private int lastNumber(int projectId) {
        DemoIssueEntity[] last = store.find(DemoIssueEntity.class, Query.select()
                .where("PROJECT_ID = ?", projectId).order("ISSUE_NUMBER DESC").limit(1));
        return last.length == 0 ? 0 : last[0].getIssueNumber();
    }
}
