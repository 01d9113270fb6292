package com.socialitsm.devhost.tracker;

import java.util.List;

/** One page of search results and the exact number of issues the query matches, in Jira's search terms. */
public record SearchPage(int startAt, int maxResults, long total, List<TrackerIssue> issues) {
    public SearchPage {
        issues = List.copyOf(issues);
    }
}
