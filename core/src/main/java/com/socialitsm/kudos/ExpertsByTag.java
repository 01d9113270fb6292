package com.socialitsm.kudos;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/**
 * Who knows a tag: the people who resolved issues carrying it, had answers accepted on them and were thanked for them
 * in the last {@value #WINDOW_DAYS} days, read from the ledger, where each of those is a row with its issue id.
 *
 * <p>Three statements whatever the tag's size: the tag's merge target, the kudos settings (who opted out or was
 * excluded), and one join of the ledger's recent rows of those reasons to the tag's issues, newest first and at most
 * {@value #MAX_ROWS} rows. Then one bulk permission check of the issues those rows name: rows of issues the viewer
 * may not browse are dropped before anything is counted, so a hidden issue changes no count and someone whose only
 * work on the tag is hidden is not listed. A reversal is newer than its award, so the newest rows hold the reversal
 * of every award among them.
 */
final class ExpertsByTag {
    static final int WINDOW_DAYS = 90;
    /** The ledger rows one read looks at: the newest of the window, enough for a tag's busiest quarter. */
    static final int MAX_ROWS = 5000;
    static final int RESOLVED_WEIGHT = 3;
    static final int ACCEPTED_WEIGHT = 2;
    static final int THANKED_WEIGHT = 1;

    private static final List<String> REASONS = List.of(Ledger.RESOLVED, Ledger.ANSWER_ACCEPTED, Ledger.KUDOS);

    private final Store store;
    private final Clock clock;
    private final KudosSettings settings;
    private final UserDirectory users;
    private final AccessPolicy access;

    ExpertsByTag(Store store, Clock clock, KudosSettings settings, UserDirectory users,
                 AccessPolicy access) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.users = users;
        this.access = access;
    }

    /** The weighting experts are ranked by: a resolution weighs most, then an accepted answer, then a thank-you. */
    static int score(int resolved, int accepted, int thanked) {
        return RESOLVED_WEIGHT * resolved + ACCEPTED_WEIGHT * accepted + THANKED_WEIGHT * thanked;
    }

    /** See {@link KudosService#experts}. */
    Outcome<List<TagExpert>> experts(Optional<String> viewer, String tag, int limit) {
        Optional<String> normalized = HashtagExtractor.normalizeTag(tag);
        if (normalized.isEmpty()) {
            return Outcome.refused(Problem.INVALID, "invalid_hashtag",
                    "Not a hashtag: \"" + tag + "\". " + HashtagExtractor.RULE, List.of(String.valueOf(tag)));
        }
        List<Ledger.Entry> rows = recentRowsOfTag(mergeTarget(normalized.get()));
        if (rows.isEmpty()) {
            return Outcome.done(List.of());
        }
        Set<Long> issueIds = new HashSet<>();
        rows.forEach(row -> issueIds.add(row.issueId()));
        Set<Long> visible = access.browsableIssues(viewer, issueIds);
        List<Ledger.Entry> seen = rows.stream().filter(row -> visible.contains(row.issueId())).toList();
        Map<String, Counts> byUser = count(Ledger.unreversedAwards(seen));
        Set<String> hidden = settings.snapshot().hidden();
        byUser.keySet().removeAll(hidden);
        Map<String, UserRef> refs = byUser.isEmpty() ? Map.of() : users.byKeys(byUser.keySet());
        List<TagExpert> experts = new ArrayList<>();
        byUser.forEach((user, counts) -> {
            UserRef ref = refs.get(user);
            if (ref != null && ref.active()) {
                experts.add(new TagExpert(ref.key(), ref.displayName(), ref.avatarUrl(), counts.resolved.size(),
                        counts.accepted.size(), counts.thanks.size(),
                        score(counts.resolved.size(), counts.accepted.size(), counts.thanks.size())));
            }
        });
        experts.sort(Comparator.comparingInt(TagExpert::score).reversed()
                .thenComparing(Comparator.comparingInt(TagExpert::resolved).reversed())
                .thenComparing(Comparator.comparingInt(TagExpert::accepted).reversed())
                .thenComparing(TagExpert::user));
        return Outcome.done(List.copyOf(experts.subList(0, Math.min(limit, experts.size()))));
    }

    /** What a person did on the tag's issues: the issues resolved, answers accepted and (issue, giver) thanks. */
    private static final class Counts {
        final Set<Long> resolved = new HashSet<>();
        final Set<String> accepted = new HashSet<>();
        final Set<String> thanks = new HashSet<>();
    }

    private static Map<String, Counts> count(List<Ledger.Entry> awards) {
        Map<String, Counts> byUser = new HashMap<>();
        for (Ledger.Entry award : awards) {
            Counts counts = byUser.computeIfAbsent(award.userKey(), u -> new Counts());
            switch (award.reason()) {
                case Ledger.RESOLVED -> counts.resolved.add(award.issueId());
                case Ledger.ANSWER_ACCEPTED -> counts.accepted.add(award.slot());
                // A peer kudos row's detail is its giver: thanks repeated by one person for one issue count once.
                case Ledger.KUDOS -> counts.thanks.add(award.issueId() + "|" + award.detail());
                default -> { }
            }
        }
        return byUser;
    }

    /** A merged tag's issues carry its target, as its page shows. */
    private String mergeTarget(String tag) {
        HashtagEntity[] rows = store.find(HashtagEntity.class, Query.select("ID, TAG, MERGED_INTO")
                .where("TAG = ?", tag));
        return rows.length == 1 && rows[0].getMergedInto() != null ? rows[0].getMergedInto() : tag;
    }

    /** The ledger rows of the window naming an issue that carries the tag, newest first (one join, bounded). */
    private List<Ledger.Entry> recentRowsOfTag(String tag) {
        long since = clock.millis() - Duration.ofDays(WINDOW_DAYS).toMillis();
        List<Ledger.Entry> rows = new ArrayList<>();
        for (PointsEntryEntity row : store.find(PointsEntryEntity.class, Query.select()
                .alias(PointsEntryEntity.class, "p").alias(IssueHashtagEntity.class, "h")
                .join(IssueHashtagEntity.class, "h.ISSUE_ID = p.ISSUE_ID")
                .where("h.TAG = ? AND p.CREATED_AT >= ? AND p.REASON IN (?, ?, ?)", tag, since, REASONS.get(0),
                        REASONS.get(1), REASONS.get(2))
                .order("p.ID DESC").limit(MAX_ROWS))) {
            rows.add(Ledger.entry(row));
        }
        return rows;
    }
}
