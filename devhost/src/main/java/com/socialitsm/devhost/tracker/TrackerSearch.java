package com.socialitsm.devhost.tracker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.devhost.jql.JqlException;
import com.socialitsm.devhost.jql.JqlParser;
import com.socialitsm.devhost.jql.JqlQuery;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;

/**
 * The tracker's searches: the dashboard's lists ({@link IssueFilter}), and a {@link JqlQuery} over the tracker's
 * issues and the app's issue tags, as Jira's index would answer it: only issues of projects the viewer may browse,
 * {@code total} exact at any size. The devhost has no index of its own: it walks the candidate issues (browsable
 * projects, the project clauses) in the query's order a page at a time, reads that page's tag rows in one statement
 * and tests the tag conditions, so memory stays one page whatever the total and the cost is one pass over the
 * candidate issues per query (fine for a development host; Jira answers from Lucene). Merged tags are searched as
 * their target, as the app stores them.
 */
final class TrackerSearch {
    /** Jira's largest page of search results. */
    static final int MAX_MAX_RESULTS = 1_000;
    private static final int SCAN_PAGE = InList.CHUNK;

    private final Store store;
    private final TrackerCatalog catalog;

    TrackerSearch(Store store, TrackerCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** The issues of a dashboard list the viewer may browse, most recently updated first. */
    List<TrackerIssue> dashboard(Optional<String> viewer, IssueFilter filter, int limit) {
        List<Long> projects = new ArrayList<>(catalog.current().browsableProjectIds(viewer));
        if (projects.isEmpty() || viewer.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(InList.in("PROJECT_ID", projects.size()));
        projects.forEach(id -> params.add(id.intValue()));
        switch (filter) {
            case OPEN -> where.append(" AND RESOLUTION IS NULL");
            case MINE -> {
                where.append(" AND ASSIGNEE = ? AND RESOLUTION IS NULL");
                params.add(viewer.get());
            }
            case REPORTED -> {
                where.append(" AND REPORTER = ?");
                params.add(viewer.get());
            }
            case RESOLVED -> where.append(" AND RESOLUTION IS NOT NULL");
            case ALL -> { }
        }
        List<TrackerIssue> issues = new ArrayList<>();
        for (DemoIssueEntity row : store.find(DemoIssueEntity.class,
                Query.select().where(where.toString(), params.toArray()).order("UPDATED_AT DESC").limit(limit))) {
            issues.add(catalog.issue(row));
        }
        return issues;
    }

    SearchPage search(Optional<String> viewer, JqlQuery query, int startAt, int maxResults) {
        int first = Math.max(0, startAt);
        int size = Math.min(Math.max(0, maxResults), MAX_MAX_RESULTS);
        Set<Long> projects = projects(viewer, query.projectKeys());
        List<Condition> conditions = resolve(query.tagConditions());
        List<TrackerIssue> issues = new ArrayList<>();
        long total = 0;
        if (projects.isEmpty()) {
            return new SearchPage(first, size, 0, issues);
        }
        String direction = query.createdAscending() ? "ASC" : "DESC";
        String after = query.createdAscending() ? ">" : "<";
        List<Object> projectParams = projects.stream().map(id -> (Object) id.intValue()).toList();
        DemoIssueEntity last = null;
        while (true) {
            List<Object> params = new ArrayList<>(projectParams);
            StringBuilder where = new StringBuilder(InList.in("PROJECT_ID", projects.size()));
            if (last != null) {
                // Keyset paging in (created, id) order: each page starts after the last row of the previous one.
                where.append(" AND (CREATED_AT ").append(after).append(" ? OR (CREATED_AT = ? AND ID ")
                        .append(after).append(" ?))");
                params.add(last.getCreatedAt());
                params.add(last.getCreatedAt());
                params.add(last.getID());
            }
            DemoIssueEntity[] page = store.find(DemoIssueEntity.class, Query.select()
                    .where(where.toString(), params.toArray())
                    .order("CREATED_AT " + direction + ", ID " + direction).limit(SCAN_PAGE));
            if (page.length == 0) {
                break;
            }
            Map<Long, Set<String>> tags = conditions.isEmpty() ? Map.of() : tagsOf(page);
            for (DemoIssueEntity row : page) {
                Set<String> issueTags = tags.getOrDefault((long) row.getID(), Set.of());
                if (conditions.stream().allMatch(condition -> condition.holds(issueTags))) {
                    if (total >= first && issues.size() < size) {
                        issues.add(catalog.issue(row));
                    }
                    total++;
                }
            }
            last = page[page.length - 1];
            if (page.length < SCAN_PAGE) {
                break;
            }
        }
        return new SearchPage(first, size, total, issues);
    }

    /** The browsable projects, narrowed by each project clause; an unknown or hidden key is refused alike. */
    private Set<Long> projects(Optional<String> viewer, List<String> keys) {
        Set<Long> projects = new HashSet<>(catalog.current().browsableProjectIds(viewer));
        for (String key : keys) {
            TrackerProject project = catalog.project(key).filter(p -> catalog.current().canBrowse(viewer, p))
                    .orElseThrow(() -> new JqlException("The value '" + JqlParser.shown(key)
                            + "' does not exist for the field 'project'."));
            projects.retainAll(Set.of(project.id()));
        }
        return projects;
    }

    /** The conditions with every tag replaced by the tag it was merged into. */
    private List<Condition> resolve(List<JqlQuery.TagCondition> tagConditions) {
        Set<String> named = new LinkedHashSet<>();
        for (JqlQuery.TagCondition condition : tagConditions) {
            if (condition instanceof JqlQuery.AnyOf anyOf) {
                named.addAll(anyOf.tags());
            } else if (condition instanceof JqlQuery.NoneOf noneOf) {
                named.add(noneOf.tag());
            }
        }
        Map<String, String> targets = new HashMap<>();
        for (List<String> chunk : InList.chunks(named)) {
            for (HashtagEntity row : store.find(HashtagEntity.class,
                    Query.select().where(InList.in("TAG", chunk.size()), chunk.toArray()))) {
                if (row.getMergedInto() != null) {
                    targets.put(row.getTag(), row.getMergedInto());
                }
            }
        }
        List<Condition> conditions = new ArrayList<>();
        for (JqlQuery.TagCondition condition : tagConditions) {
            if (condition instanceof JqlQuery.AnyOf anyOf) {
                Set<String> wanted = new HashSet<>();
                anyOf.tags().forEach(tag -> wanted.add(targets.getOrDefault(tag, tag)));
                conditions.add(tags -> tags.stream().anyMatch(wanted::contains));
            } else if (condition instanceof JqlQuery.NoneOf noneOf) {
                String unwanted = targets.getOrDefault(noneOf.tag(), noneOf.tag());
                conditions.add(tags -> !tags.isEmpty() && !tags.contains(unwanted));
            } else {
                conditions.add(Set::isEmpty);
            }
        }
        return conditions;
    }

    /** The tags of one page of issues, in one statement. */
    private Map<Long, Set<String>> tagsOf(DemoIssueEntity[] page) {
        List<Object> ids = new ArrayList<>(page.length);
        for (DemoIssueEntity row : page) {
            ids.add((long) row.getID());
        }
        Map<Long, Set<String>> tags = new HashMap<>();
        for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class, Query.select("ID, ISSUE_ID, TAG")
                .where(InList.in("ISSUE_ID", ids.size()), ids.toArray()))) {
            tags.computeIfAbsent(row.getIssueId(), id -> new HashSet<>()).add(row.getTag());
        }
        return tags;
    }

    /** One tag condition, over an issue's tags. */
    @FunctionalInterface
    private interface Condition {
        boolean holds(Set<String> issueTags);
    }
}
