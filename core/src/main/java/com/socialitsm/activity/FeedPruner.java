package com.socialitsm.activity;

import java.util.Objects;
import java.util.Optional;

import net.java.ao.Query;

import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.Store;

/**
 * Keeps each user's feed bounded: only the newest {@code keepPerUser} items stay. Meant for a periodic job (one node
 * of the cluster), never the recording path. It walks the users present in FEED_ITEM through the (USER_KEY,
 * ACTIVITY_ID) index — the next user key, then the cut-off id at offset {@code keepPerUser} — so each user costs
 * two or three indexed statements however large the table is, and a run can stop and resume after any user.
 */
public final class FeedPruner {
    public static final int DEFAULT_KEEP_PER_USER = 1_000;

    private final Store store;

    public FeedPruner(Store store) {
        this.store = Objects.requireNonNull(store);
    }

    /** What one run did, and the user key to resume after when it stopped early. */
    public record PruneResult(int usersVisited, int itemsDeleted, Optional<String> resumeAfter) {
    }

    /** Prunes every user's feed. */
    public PruneResult pruneAll(int keepPerUser) {
        int users = 0;
        int deleted = 0;
        Optional<String> after = Optional.empty();
        do {
            PruneResult slice = prune(keepPerUser, after, 1_000);
            users += slice.usersVisited();
            deleted += slice.itemsDeleted();
            after = slice.resumeAfter();
        } while (after.isPresent());
        return new PruneResult(users, deleted, Optional.empty());
    }

    /** Prunes the feeds of at most {@code maxUsers} users, in user key order, after {@code afterUser}. */
    public PruneResult prune(int keepPerUser, Optional<String> afterUser, int maxUsers) {
        if (keepPerUser < 1 || maxUsers < 1) {
            throw new IllegalArgumentException("keepPerUser and maxUsers must be positive");
        }
        int visited = 0;
        int deleted = 0;
        Optional<String> user = nextUser(afterUser);
        while (user.isPresent()) {
            deleted += pruneUser(user.get(), keepPerUser);
            visited++;
            if (visited == maxUsers) {
                return new PruneResult(visited, deleted, user);
            }
            user = nextUser(user);
        }
        return new PruneResult(visited, deleted, Optional.empty());
    }

    private int pruneUser(String userKey, int keepPerUser) {
        FeedItemEntity[] cut = store.find(FeedItemEntity.class, Query.select()
                .where("USER_KEY = ?", userKey).order("ACTIVITY_ID DESC").offset(keepPerUser).limit(1));
        if (cut.length == 0) {
            return 0;
        }
        return store.deleteWithSQL(FeedItemEntity.class, "USER_KEY = ? AND ACTIVITY_ID <= ?", userKey,
                cut[0].getActivityId());
    }

    private Optional<String> nextUser(Optional<String> after) {
        Query query = after.map(a -> Query.select().where("USER_KEY > ?", a)).orElseGet(Query::select)
                .order("USER_KEY").limit(1);
        FeedItemEntity[] rows = store.find(FeedItemEntity.class, query);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getUserKey());
    }
}
