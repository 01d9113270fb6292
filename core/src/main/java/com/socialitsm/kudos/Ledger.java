package com.socialitsm.kudos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.store.InList;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.store.Store;

/**
 * The points ledger: append-only rows, never updated, never deleted. Each award belongs to a <em>slot</em>, the thing
 * that can be earned once at a time ("resolved|10001": the resolution of issue 10001; "first-tag|bob|vpn": bob's
 * first resolution under #vpn; "answer-upvoted|7|carol": carol's upvote of answer 7). Awards and reversals of a slot
 * alternate, so at most one award per slot is in force, and the n-th award of a slot has the source key
 * {@code slot#n} and its reversal {@code slot#n:reversed}. Those unique keys make every write idempotent and let two
 * racing writers of the same award end with one row: the loser's transaction fails on the key and its retry sees
 * the winner's row.
 */
final class Ledger {
    static final String RESOLVED = "resolved";
    static final String FIRST_TAG = "first-tag";
    static final String FIRST_RESPONSE = "first-response";
    static final String ANSWER_ACCEPTED = "answer-accepted";
    static final String ANSWER_UPVOTED = "answer-upvoted";
    static final String KUDOS = "kudos";
    static final String DESK_VISIT = "desk-visit";
    /** A portal customer's thanks for a request; slots {@code portal-thanks|<customer>|<day>|<n>[|<agent>]}. */
    static final String PORTAL_THANKS = "portal-thanks";
    /** The bonus for resolving the project's boss (its most-upvoted open issue); slot {@code boss|<issue id>}. */
    static final String BOSS = "boss";

    /** Slots longer than this are hashed, so that {@code slot#n:reversed} fits the 200-character SOURCE_KEY. */
    private static final int MAX_SLOT = 180;

    private final Store store;

    Ledger(Store store) {
        this.store = store;
    }

    /** One ledger row as read. {@code reverses} is empty for an award. */
    record Entry(long id, String sourceKey, String slot, String userKey, int points, String reason, long issueId,
                 long projectId, long createdAt, String reverses, String detail) {
        boolean isReversal() {
            return !reverses.isEmpty();
        }
    }

    /** An award to write, before it has a generation in its slot. */
    record Award(String slot, String userKey, int points, String reason, long issueId, long projectId,
                 String detail) {
    }

    /** The rows of a slot, summed up: how many awards it has had and the one in force, if any. */
    record SlotState(String slot, int awards, Optional<Entry> active) {
        boolean isActive() {
            return active.isPresent();
        }
    }

    static String slot(Object... parts) {
        StringBuilder slot = new StringBuilder();
        for (Object part : parts) {
            if (!slot.isEmpty()) {
                slot.append('|');
            }
            slot.append(part);
        }
        return slot.length() <= MAX_SLOT ? slot.toString() : "#" + KudosSettings.sha256(slot.toString());
    }

    List<Entry> inSlots(Collection<String> slots) {
        List<Entry> entries = new ArrayList<>();
        for (List<String> chunk : InList.chunks(new HashSet<>(slots))) {
            entries.addAll(find(Query.select().where(InList.in("SLOT", chunk.size()), chunk.toArray()).order("ID")));
        }
        return entries;
    }

    List<Entry> ofIssue(long issueId) {
        return find(Query.select().where("ISSUE_ID = ?", issueId).order("ID"));
    }

    List<Entry> ofUser(String userKey, String reason) {
        return find(Query.select().where("USER_KEY = ? AND REASON = ?", userKey, reason).order("ID"));
    }

    /** The user's rows, newest first, with ID below {@code beforeId} (0 = from the newest). */
    List<Entry> recentOf(String userKey, long beforeId, int limit) {
        Query query = beforeId > 0
                ? Query.select().where("USER_KEY = ? AND ID < ?", userKey, beforeId)
                : Query.select().where("USER_KEY = ?", userKey);
        return find(query.order("ID DESC").limit(limit));
    }

    /** One user's rows since a time, newest first, at most limit (a profile's weekly picture). */
    List<Entry> ofUserSince(String userKey, long sinceMillis, int limit) {
        return find(Query.select().where("USER_KEY = ? AND CREATED_AT >= ?", userKey, sinceMillis)
                .order("ID DESC").limit(limit));
    }

    /** Rows after the rollup watermark, oldest first: the tail leaderboards add at read time. */
    List<Entry> after(long lastId, int limit) {
        return find(Query.select().where("ID > ?", lastId).order("ID").limit(limit));
    }

    /** One user's rows after the rollup watermark. */
    List<Entry> afterOf(String userKey, long lastId) {
        return find(Query.select().where("USER_KEY = ? AND ID > ?", userKey, lastId).order("ID"));
    }

    /** Each slot's state from its rows (all of them, in ID order). Slots without rows are absent. */
    static Map<String, SlotState> states(List<Entry> entries) {
        Map<String, List<Entry>> bySlot = new LinkedHashMap<>();
        for (Entry entry : entries) {
            bySlot.computeIfAbsent(entry.slot(), s -> new ArrayList<>()).add(entry);
        }
        Map<String, SlotState> states = new HashMap<>();
        bySlot.forEach((slot, rows) -> states.put(slot, state(slot, rows)));
        return states;
    }

    static SlotState stateOf(String slot, Map<String, SlotState> states) {
        return states.getOrDefault(slot, new SlotState(slot, 0, Optional.empty()));
    }

    private static SlotState state(String slot, List<Entry> rows) {
        Set<String> reversed = new HashSet<>();
        int awards = 0;
        for (Entry row : rows) {
            if (row.isReversal()) {
                reversed.add(row.reverses());
            } else {
                awards++;
            }
        }
        Entry active = null;
        for (Entry row : rows) {
            if (!row.isReversal() && !reversed.contains(row.sourceKey())) {
                active = row;
            }
        }
        return new SlotState(slot, awards, Optional.ofNullable(active));
    }

    /** The awards among these rows that no row among them reverses. */
    static List<Entry> unreversedAwards(List<Entry> rows) {
        Set<String> reversed = new HashSet<>();
        for (Entry row : rows) {
            if (row.isReversal()) {
                reversed.add(row.reverses());
            }
        }
        List<Entry> awards = new ArrayList<>();
        for (Entry row : rows) {
            if (!row.isReversal() && !reversed.contains(row.sourceKey())) {
                awards.add(row);
            }
        }
        return awards;
    }

    /** The row of the next award in its slot. */
    static Map<String, Object> awardRow(Award award, SlotState state, long now) {
        Map<String, Object> row = new HashMap<>();
        row.put("SOURCE_KEY", award.slot() + "#" + (state.awards() + 1));
        row.put("SLOT", award.slot());
        row.put("USER_KEY", award.userKey());
        row.put("POINTS", award.points());
        row.put("REASON", award.reason());
        row.put("ISSUE_ID", award.issueId());
        row.put("PROJECT_ID", award.projectId());
        row.put("CREATED_AT", now);
        row.put("DETAIL", cut(award.detail()));
        return row;
    }

    /** The row that cancels an award: same user, slot, reason and issue, negated points. */
    static Map<String, Object> reversalRow(Entry award, long now) {
        Map<String, Object> row = new HashMap<>();
        row.put("SOURCE_KEY", award.sourceKey() + ":reversed");
        row.put("SLOT", award.slot());
        row.put("USER_KEY", award.userKey());
        row.put("POINTS", -award.points());
        row.put("REASON", award.reason());
        row.put("ISSUE_ID", award.issueId());
        row.put("PROJECT_ID", award.projectId());
        row.put("CREATED_AT", now);
        row.put("REVERSES", award.sourceKey());
        row.put("DETAIL", cut(award.detail()));
        return row;
    }

    /** Writes the rows in one batch: one statement on every database. */
    void write(List<Map<String, Object>> rows) {
        store.create(PointsEntryEntity.class, rows);
    }

    private List<Entry> find(Query query) {
        List<Entry> entries = new ArrayList<>();
        for (PointsEntryEntity row : store.find(PointsEntryEntity.class, query)) {
            entries.add(entry(row));
        }
        return entries;
    }

    static Entry entry(PointsEntryEntity row) {
        return new Entry(row.getID(), row.getSourceKey(), nullToEmpty(row.getSlot()), row.getUserKey(),
                row.getPoints(), row.getReason(), row.getIssueId(), row.getProjectId(), row.getCreatedAt(),
                nullToEmpty(row.getReverses()), nullToEmpty(row.getDetail()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String cut(String detail) {
        if (detail == null) {
            return "";
        }
        return detail.length() <= 450 ? detail : detail.substring(0, 450);
    }
}
