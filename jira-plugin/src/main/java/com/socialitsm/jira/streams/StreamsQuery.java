package com.socialitsm.jira.streams;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an Activity Streams request asks of the app, in the app's own terms: how many entries, and the standard
 * filters (issue keys, project keys, user names, each "is" or "is not", and a time window). Keys are kept as given;
 * matching ignores case, as Jira's keys do.
 *
 * @param after  only activity after this instant (the request's "update date" lower bound)
 * @param before only activity before this instant (its upper bound; the gadget pages back in time with it)
 */
public record StreamsQuery(
        int maxResults,
        Set<String> issueKeys,
        Set<String> projectKeys,
        Set<String> userNames,
        Set<String> notIssueKeys,
        Set<String> notProjectKeys,
        Optional<Instant> after,
        Optional<Instant> before) {

    public StreamsQuery {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be positive");
        }
        issueKeys = Set.copyOf(issueKeys);
        projectKeys = Set.copyOf(projectKeys);
        userNames = Set.copyOf(userNames);
        notIssueKeys = Set.copyOf(notIssueKeys);
        notProjectKeys = Set.copyOf(notProjectKeys);
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(before, "before");
    }
}
