package com.socialitsm.host;

import java.util.Set;

/**
 * The host's search index of issue tags (Jira: an issue entity property that Jira indexes for the JQL clause
 * {@code Hashtags = vpn}). The engine calls it after the transaction of an issue change has committed, only when the
 * change altered the issue's tags, with the issue's whole set of tags afterwards (normal form). Implementations must
 * not throw: the change is already committed, so a failure to index is theirs to log; the next change of the issue
 * writes the whole set again.
 */
@FunctionalInterface
public interface IssueTagIndex {
    /** For a host whose search reads the app's tables directly (the devhost): nothing to keep. */
    IssueTagIndex NONE = (issueId, tags) -> { };

    void tagsChanged(long issueId, Set<String> tags);
}
