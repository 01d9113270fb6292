package com.socialitsm.bench.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.socialitsm.bench.workload.IssueHistory;
import com.socialitsm.bench.workload.ServiceDesk;

/**
 * The points ledger as the kudos Ledger writes it: the n-th award of a slot has the source key {@code slot#n}, its
 * reversal {@code slot#n:reversed}; first-tag slots in force are remembered so that a user earns a tag's bonus once
 * until a reopening reverses it. The pass over the history calls {@link #award} and {@link #reverse} in history
 * order; {@link #pad} then tops the ledger up to the budget's size.
 */
final class LedgerRows {
    /** The leaderboard's ledger is padded to this many rows per issue (the budget's 10 M for 1 M issues). */
    static final int ROWS_PER_ISSUE = 10;
    static final int ANSWER_UPVOTED_POINTS = 5;

    private static final long LEDGER_STREAM = 3;

    private final CopyWriter ledger;
    private long lastId;
    /** First-tag slots in force ("first-tag|user|tag"), as the kudos ledger keeps them. */
    private final Set<String> firstTagsInForce = new HashSet<>();
    /** How many awards each slot has had so far, for the n of its source key {@code slot#n}. */
    private final Map<String, Integer> slotAwards = new HashMap<>();
    /** Awards of the issue being written that a reopening may reverse, by source key. */
    private final Map<String, Award> lastAward = new HashMap<>();

    private record Award(String slot, String user, int points, String reason, IssueHistory issue, String detail) {
    }

    LedgerRows(CopyWriter ledger) {
        this.ledger = ledger;
    }

    /** The id of the last row written (ids are 1, 2, 3, ... in writing order). */
    long lastId() {
        return lastId;
    }

    /** A new issue: awards of the previous one can no longer be reversed. */
    void startIssue() {
        lastAward.clear();
    }

    /** Whether the user has no first-tag award in force for this slot yet (and now counts as having one). */
    boolean claimFirstTag(String slot) {
        return firstTagsInForce.add(slot);
    }

    /** Writes the next award of a slot and returns its source key. */
    String award(String slot, String user, int points, String reason, IssueHistory issue, long at, String detail) {
        int n = slotAwards.merge(slot, 1, Integer::sum);
        String sourceKey = slot + "#" + n;
        ledger.row(++lastId, sourceKey, slot, user, points, reason, issue == null ? 0L : issue.id(),
                issue == null ? 0L : issue.projectId(), at, null, detail);
        lastAward.put(sourceKey, new Award(slot, user, points, reason, issue, detail));
        return sourceKey;
    }

    /** The reversal of an award: same slot, user, reason, issue and detail, negated points, REVERSES set. */
    void reverse(String sourceKey, long at) {
        Award award = lastAward.remove(sourceKey);
        IssueHistory issue = award.issue();
        ledger.row(++lastId, sourceKey + ":reversed", award.slot(), award.user(), -award.points(), award.reason(),
                issue.id(), issue.projectId(), at, sourceKey, award.detail());
        firstTagsInForce.remove(award.slot());
    }

    /**
     * The rules earn about three ledger rows per issue; the budget's ledger has ten. The rest are peer awards
     * (upvoted answers) spread evenly over the history and over people by Zipf, as a long-running community would
     * have them, so that the ledger's size is the budget's and its shape a real one.
     */
    void pad(ServiceDesk desk) {
        long wanted = (long) ROWS_PER_ISSUE * desk.size().issues();
        SplittableRandom random = desk.random(LEDGER_STREAM, 0);
        long from = desk.historyStart().toEpochMilli();
        long span = ServiceDesk.HISTORY_END.toEpochMilli() - from;
        long padding = wanted - lastId;
        for (long n = 0; n < padding; n++) {
            long at = from + span * n / Math.max(1, padding);
            String user = random.nextInt(10) < 7 ? desk.chooseColleague(random) : desk.chooseCustomer(random);
            long projectId = desk.projectId(desk.chooseProject(random));
            String slot = "answer-upvoted|archive" + n + "|" + user;
            ledger.row(++lastId, slot + "#1", slot, user, ANSWER_UPVOTED_POINTS, "answer-upvoted", 0L,
                    projectId, at, null, "");
        }
    }
}
