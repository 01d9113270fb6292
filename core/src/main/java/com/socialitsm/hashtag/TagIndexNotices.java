package com.socialitsm.hashtag;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.java.ao.Query;

import com.socialitsm.host.IssueTagIndex;
import com.socialitsm.store.InList;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;

/**
 * Tells the host's search index ({@link IssueTagIndex}) the tags of issues whose tags changed by any path other than
 * an issue change (the engine reports those itself): a hand edit, an admin's merge, rename or block, the labels import,
 * the backfill.
 *
 * <p><b>Only what is committed.</b> Every method here is called after the transaction that changed the tags has
 * returned, never inside it: each path's public method owns the outermost transaction (one per user action, one per
 * page of a job), so when it returns the rows are committed. The tags are then read again here, outside any
 * transaction, so the index gets the committed set — never a tag a rollback took back, and never an older set than
 * the database holds when the read runs. Each issue is reported once per notice, with its whole set (empty when it has
 * none left).
 *
 * <p><b>Batched.</b> One statement reads the tags of up to {@link InList#CHUNK} issues. A few issues (a hand edit, a
 * job's page, which is already off the request thread) are indexed at once on the caller's thread
 * ({@link #indexNow}); many (a merge or block over thousands of issues) are handed to the host's executor
 * ({@link #indexLater}), so the admin's request answers without waiting for thousands of index writes (in Jira each
 * one re-indexes an issue). That queue lives in memory: should the node stop before it is drained, the issues left
 * are indexed again at their next change (or by a re-run of the merge, which finds them, or a full re-index's read of
 * the properties already written).
 *
 * <p>A host whose search reads the app's tables ({@link IssueTagIndex#NONE}, the devhost) costs nothing here.
 */
final class TagIndexNotices {
    /** At most this many issues are indexed on the request thread; more go to the executor. */
    static final int AT_ONCE_LIMIT = 20;
    private static final Logger LOG = LoggerFactory.getLogger(TagIndexNotices.class);

    private final Store store;
    private final IssueTagIndex index;
    private final Executor later;

    TagIndexNotices(Store store, IssueTagIndex index, Executor later) {
        this.store = store;
        this.index = index;
        this.later = later;
    }

    /** Indexes these issues' committed tags now, on this thread; one statement per {@link InList#CHUNK} issues. */
    void indexNow(Collection<Long> issueIds) {
        if (index == IssueTagIndex.NONE || issueIds.isEmpty()) {
            return;
        }
        for (List<Long> chunk : InList.chunks(new LinkedHashSet<>(issueIds))) {
            Map<Long, Set<String>> tags = committedTags(chunk);
            for (Long issueId : chunk) {
                try {
                    index.tagsChanged(issueId, tags.getOrDefault(issueId, Set.of()));
                } catch (RuntimeException e) {
                    // The port must not throw; if it does, the other issues still get indexed.
                    LOG.warn("Could not index the hashtags of issue {}", issueId, e);
                }
            }
        }
    }

    /**
     * Indexes these issues' committed tags: now if they are at most {@link #AT_ONCE_LIMIT}, else on the host's
     * executor, chunk by chunk.
     */
    void indexLater(Collection<Long> issueIds) {
        if (index == IssueTagIndex.NONE || issueIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(issueIds));
        if (ids.size() <= AT_ONCE_LIMIT) {
            indexNow(ids);
            return;
        }
        try {
            later.execute(() -> {
                try {
                    indexNow(ids);
                } catch (RuntimeException e) {
                    LOG.warn("Could not index the hashtags of {} issues", ids.size(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("The app is stopping: the hashtags of {} issues are indexed at their next change", ids.size());
        }
    }

    private Map<Long, Set<String>> committedTags(List<Long> issueIds) {
        Map<Long, Set<String>> tags = new HashMap<>();
        for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class, Query.select("ID, ISSUE_ID, TAG")
                .where(InList.in("ISSUE_ID", issueIds.size()), issueIds.toArray()).order("ID"))) {
            tags.computeIfAbsent(row.getIssueId(), id -> new LinkedHashSet<>()).add(row.getTag());
        }
        return tags;
    }
}
