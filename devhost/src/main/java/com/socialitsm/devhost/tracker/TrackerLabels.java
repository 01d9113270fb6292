package com.socialitsm.devhost.tracker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import net.java.ao.Query;

import com.socialitsm.host.LabeledIssues;
import com.socialitsm.store.Store;

/**
 * The demo tracker's stand-in for Jira labels, so the labels-to-hashtags import (and its progress bar) runs in the
 * devhost: the tracker has no labels, so each issue's type is its one label ({@code Service Request} →
 * {@code service_request}). It has no components either: importing components finds nothing.
 */
public final class TrackerLabels implements LabeledIssues {
    private final Store store;

    public TrackerLabels(Store store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public long count(long projectId) {
        return store.count(DemoIssueEntity.class, "PROJECT_ID = ?", (int) projectId);
    }

    @Override
    public List<LabeledIssue> page(long projectId, Origin origin, long afterIssueId, int limit) {
        DemoIssueEntity[] rows = store.find(DemoIssueEntity.class, Query.select()
                .where("PROJECT_ID = ? AND ID > ?", (int) projectId, (int) Math.min(afterIssueId, Integer.MAX_VALUE))
                .order("ID").limit(limit));
        List<LabeledIssue> page = new ArrayList<>(rows.length);
        for (DemoIssueEntity row : rows) {
            List<String> labels = origin.labels() ? List.of(labelOf(row.getIssueType())) : List.of();
            page.add(new LabeledIssue(row.getID(), Instant.ofEpochMilli(row.getCreatedAt()), labels));
        }
        return page;
    }

    /** The issue type as the demo issue's one label: {@code Service Request} → {@code service_request}. */
    static String labelOf(String issueType) {
        return issueType.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
