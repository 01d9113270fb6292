package com.socialitsm.listening;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.java.ao.Query;

import com.socialitsm.settings.Settings;
import com.socialitsm.store.ChatterMentionEntity;
import com.socialitsm.store.Criteria;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/**
 * Reads of chatter: how often tags were mentioned in chat, from every source together. A count is the number of
 * CHATTER_MENTION rows (one per tag per message) in a window; nothing here is per project or per issue, so the same
 * number is shown to every viewer.
 */
public final class Chatter {
    /** Mentions are kept this long: trending's 28-day baseline before a window of up to 7 days, and a margin. */
    public static final int KEEP_DAYS = 40;

    private final Store store;
    private final Settings settings;

    Chatter(Store store, Settings settings) {
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
    }

    /** Mentions of one tag (normal form) heard in {@code (from, to]}. One statement, on the (TAG, HEARD_AT) index. */
    public int count(String tag, Instant from, Instant to) {
        return store.count(ChatterMentionEntity.class, Query.select().where("TAG = ? AND HEARD_AT > ? AND HEARD_AT <= ?",
                tag, from.toEpochMilli(), to.toEpochMilli()));
    }

    /** Mentions per tag heard in {@code (from, to]}, every tag heard. One statement. */
    public Map<String, Integer> countsByTag(Instant from, Instant to) {
        Map<String, Integer> counts = new HashMap<>();
        store.stream(ChatterMentionEntity.class, Query.select("ID, TAG")
                        .where("HEARD_AT > ? AND HEARD_AT <= ?", from.toEpochMilli(), to.toEpochMilli()),
                row -> counts.merge(row.getTag(), 1, Integer::sum));
        return counts;
    }

    /** Mentions per tag on the UTC days {@code [fromDay, toDay)} (days since 1970-01-01), for the given tags. */
    public Map<String, Integer> countsOnDays(Collection<String> tags, long fromDay, long toDay) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> chunk : InList.chunks(tags)) {
            store.stream(ChatterMentionEntity.class, Query.select("ID, TAG").where(InList.in("TAG", chunk.size())
                            + " AND EPOCH_DAY >= ? AND EPOCH_DAY < ?", Criteria.params(chunk, (int) fromDay, (int) toDay)),
                    row -> counts.merge(row.getTag(), 1, Integer::sum));
        }
        return counts;
    }

    /** How much a mention weighs in trending against a tagged issue; 0 when chatter is left out (the default). */
    public double trendingWeight() {
        return ListeningService.readSettings(settings).trendingWeight();
    }
}
