package com.socialitsm.devhost.tracker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.java.ao.Query;

import com.socialitsm.host.HistoricIssues;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/**
 * The demo tracker's issues as history for "tag existing issues": a page of issues in id order, then their comments
 * in one read per {@link InList#CHUNK} issues. The issue type stands for the labels, as in {@link TrackerLabels}.
 */
public final class TrackerHistory implements HistoricIssues {
    private final Store store;

    public TrackerHistory(Store store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public long count() {
        return store.count(DemoIssueEntity.class, Query.select());
    }

    @Override
    public List<HistoricIssue> page(long afterIssueId, int limit, boolean withLabels) {
        DemoIssueEntity[] rows = store.find(DemoIssueEntity.class, Query.select()
                .where("ID > ?", (int) Math.min(afterIssueId, Integer.MAX_VALUE)).order("ID").limit(limit));
        List<Integer> ids = new ArrayList<>(rows.length);
        for (DemoIssueEntity row : rows) {
            ids.add(row.getID());
        }
        Map<Integer, List<DatedText>> comments = new HashMap<>();
        for (List<Integer> chunk : InList.chunks(ids)) {
            for (DemoCommentEntity comment : store.find(DemoCommentEntity.class, Query.select()
                    .where(InList.in("ISSUE_ID", chunk.size()), chunk.toArray()).order("CREATED_AT, ID"))) {
                comments.computeIfAbsent(comment.getIssueId(), id -> new ArrayList<>()).add(new DatedText(
                        Objects.toString(comment.getBody(), ""), Instant.ofEpochMilli(comment.getCreatedAt())));
            }
        }
        List<HistoricIssue> page = new ArrayList<>(rows.length);
        for (DemoIssueEntity row : rows) {
            page.add(new HistoricIssue(row.getID(), row.getProjectId(), Instant.ofEpochMilli(row.getCreatedAt()),
                    row.getSummary(), row.getDescription(), comments.getOrDefault(row.getID(), List.of()),
                    withLabels ? List.of(TrackerLabels.labelOf(row.getIssueType())) : List.of()));
        }
        return page;
    }
}
