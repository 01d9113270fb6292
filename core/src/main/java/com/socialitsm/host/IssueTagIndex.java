package com.socialitsm.host;

import java.util.Set;

/**
 * The host's search index of issue tags (Jira: an issue entity property that Jira indexes for the JQL clause
 * {@code Hashtags = vpn}). It is called once per issue whose tags changed, after the transaction that changed them has
 * committed, with the issue's whole set of tags afterwards (normal form, empty when none is left): by the engine for
 * an issue change, and by the hashtag feature for hand edits, an admin's merge, rename or block (many issues: on the
 * host's executor, not in the request), the labels import and the backfill (once per page, on the job's thread). Implementations must
 * not throw: the change is already committed, so a failure to index is theirs to log; the next change of the issue
 * writes the whole set again.
 */
@FunctionalInterface
public interface IssueTagIndex {
    /** For a host whose search reads the app's tables directly (the devhost): nothing to keep. */
    IssueTagIndex NONE = (issueId, tags) -> { };

    void tagsChanged(long issueId, Set<String> tags);
}
