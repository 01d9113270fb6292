package com.socialitsm.kudos;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.store.InList;
import com.socialitsm.store.PointsTotalEntity;
import com.socialitsm.store.Store;

/**
 * Reads leaderboards exactly: the rolled-up totals of the period bucket (one index range scan on PERIOD_KEY,
 * POINTS) plus the ledger rows after the rollup's watermark (the tail, a few minutes of awards), merged in memory.
 *
 * <p>Users in the tail or left off the board (opted out, excluded) are "special": their stored totals are not
 * final, so the top query fetches that many more rows than asked and the special users' totals are looked up by key
 * and corrected. The watermark is read again at the end; if a rollup committed meanwhile (totals and watermark move
 * together), the read is repeated, so no ledger row is counted twice or missed.
 */
final class Leaderboards {
    /** A tail longer than this means the rollup job is behind (or not scheduled): help it before reading. */
    static final int TAIL_ROLLUP_THRESHOLD = 5000;
    static final int NEIGHBOURS = 3;
    private static final int ATTEMPTS = 3;

    private final Store store;
    private final Clock clock;
    private final KudosSettings settings;
    private final Ledger ledger;
    private final UserDirectory users;
    private final LeaderboardRollup rollup;

    Leaderboards(Store store, Clock clock, KudosSettings settings, Ledger ledger, UserDirectory users,
                 LeaderboardRollup rollup) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.ledger = ledger;
        this.users = users;
        this.rollup = rollup;
    }

    Leaderboard read(Optional<String> viewer, Period period, long projectId, int limit) {
        List<Ranked> ranked = List.of();
        boolean privacy = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            KudosSettings.Snapshot snapshot = settings.snapshot();
            privacy = snapshot.rules().privacyMode();
            String periodKey = PeriodKeys.key(period, clock.millis(), snapshot.seasons(), projectId);
            boolean lastAttempt = attempt == ATTEMPTS;
            List<Ledger.Entry> tail = ledger.after(snapshot.watermark().lastId(),
                    lastAttempt ? Integer.MAX_VALUE : TAIL_ROLLUP_THRESHOLD + 1);
            if (!lastAttempt && tail.size() > TAIL_ROLLUP_THRESHOLD) {
                rollup.rollUp();
                continue;
            }
            Map<String, Integer> deltas = deltas(tail, periodKey, snapshot.seasons());
            ranked = privacy
                    ? viewer.map(v -> neighbourhood(periodKey, v, deltas, snapshot.hidden())).orElse(List.of())
                    : top(periodKey, limit, deltas, snapshot.hidden());
            if (settings.watermark().lastId() == snapshot.watermark().lastId()) {
                break;
            }
        }
        return new Leaderboard(period, projectId, privacy, rows(ranked, viewer, privacy));
    }

    /** One user's points in the current season, overall: their total plus their tail. */
    int seasonPoints(String userKey) {
        int points = 0;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            KudosSettings.Snapshot snapshot = settings.snapshot();
            String periodKey = PeriodKeys.key(Period.ALL, clock.millis(), snapshot.seasons(), 0);
            long lastId = snapshot.watermark().lastId();
            points = totalsOf(periodKey, List.of(userKey)).getOrDefault(userKey, 0)
                    + deltas(ledger.afterOf(userKey, lastId), periodKey, snapshot.seasons()).getOrDefault(userKey, 0);
            if (settings.watermark().lastId() == lastId) {
                break;
            }
        }
        return points;
    }

    /**
     * One user's place on the current season's board over all projects (their position in board order), or 0 when
     * they have no points there or are hidden from leaderboards (opted out, excluded).
     */
    int seasonRank(String userKey) {
        int rank = 0;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            KudosSettings.Snapshot snapshot = settings.snapshot();
            String periodKey = PeriodKeys.key(Period.ALL, clock.millis(), snapshot.seasons(), 0);
            boolean lastAttempt = attempt == ATTEMPTS;
            List<Ledger.Entry> tail = ledger.after(snapshot.watermark().lastId(),
                    lastAttempt ? Integer.MAX_VALUE : TAIL_ROLLUP_THRESHOLD + 1);
            if (!lastAttempt && tail.size() > TAIL_ROLLUP_THRESHOLD) {
                rollup.rollUp();
                continue;
            }
            rank = neighbourhood(periodKey, userKey, deltas(tail, periodKey, snapshot.seasons()), snapshot.hidden())
                    .stream().filter(r -> r.user().equals(userKey)).mapToInt(Ranked::rank).findFirst().orElse(0);
            if (settings.watermark().lastId() == snapshot.watermark().lastId()) {
                break;
            }
        }
        return rank;
    }

    /** A user with their effective points. */
    private record Ranked(String user, int points, int rank) {
    }

    private static final Comparator<Map.Entry<String, Integer>> BOARD_ORDER =
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey());

    private List<Ranked> top(String periodKey, int limit, Map<String, Integer> deltas, Set<String> hidden) {
        Set<String> special = new HashSet<>(deltas.keySet());
        special.addAll(hidden);
        Map<String, Integer> effective = new HashMap<>();
        for (PointsTotalEntity row : store.find(PointsTotalEntity.class, Query.select()
                .where("PERIOD_KEY = ?", periodKey).order("POINTS DESC, USER_KEY ASC")
                .limit(limit + special.size()))) {
            if (!special.contains(row.getUserKey())) {
                effective.put(row.getUserKey(), row.getPoints());
            }
        }
        Set<String> changing = new HashSet<>(deltas.keySet());
        changing.removeAll(hidden);
        Map<String, Integer> totals = totalsOf(periodKey, changing);
        for (String user : changing) {
            effective.put(user, totals.getOrDefault(user, 0) + deltas.get(user));
        }
        List<Map.Entry<String, Integer>> sorted = effective.entrySet().stream()
                .filter(e -> e.getValue() > 0).sorted(BOARD_ORDER).limit(limit).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            int points = sorted.get(i).getValue();
            int rank = i > 0 && ranked.get(i - 1).points() == points ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(sorted.get(i).getKey(), points, rank));
        }
        return ranked;
    }

    /**
     * The viewer and up to three places either side, ranked by position in the board order (points descending,
     * then user key). Exact: the viewer's position is a count of the users before them in the stored totals,
     * corrected for every special user.
     */
    private List<Ranked> neighbourhood(String periodKey, String viewer, Map<String, Integer> deltas,
                                       Set<String> hidden) {
        if (hidden.contains(viewer)) {
            return List.of();
        }
        Set<String> special = new HashSet<>(deltas.keySet());
        special.addAll(hidden);
        special.add(viewer);
        Map<String, Integer> stored = totalsOf(periodKey, special);
        Map<String, Integer> effective = new HashMap<>();
        for (String user : special) {
            if (!hidden.contains(user)) {
                effective.put(user, stored.getOrDefault(user, 0) + deltas.getOrDefault(user, 0));
            }
        }
        int mine = effective.get(viewer);
        if (mine <= 0) {
            return List.of();
        }
        String beforeMe = "PERIOD_KEY = ? AND (POINTS > ? OR (POINTS = ? AND USER_KEY < ?))";
        int before = store.count(PointsTotalEntity.class, beforeMe, periodKey, mine, mine, viewer);
        for (String user : special) {
            if (stored.containsKey(user) && isBefore(user, stored.get(user), viewer, mine)) {
                before--;
            }
            if (effective.containsKey(user) && !user.equals(viewer) && isBefore(user, effective.get(user), viewer, mine)) {
                before++;
            }
        }
        int position = before + 1;

        List<Map.Entry<String, Integer>> above = new ArrayList<>();
        for (PointsTotalEntity row : store.find(PointsTotalEntity.class, Query.select()
                .where(beforeMe, periodKey, mine, mine, viewer)
                .order("POINTS ASC, USER_KEY DESC").limit(NEIGHBOURS + special.size()))) {
            if (!special.contains(row.getUserKey())) {
                above.add(Map.entry(row.getUserKey(), row.getPoints()));
            }
        }
        List<Map.Entry<String, Integer>> below = new ArrayList<>();
        for (PointsTotalEntity row : store.find(PointsTotalEntity.class, Query.select()
                .where("PERIOD_KEY = ? AND POINTS > ? AND (POINTS < ? OR (POINTS = ? AND USER_KEY > ?))",
                        periodKey, 0, mine, mine, viewer)
                .order("POINTS DESC, USER_KEY ASC").limit(NEIGHBOURS + special.size()))) {
            if (!special.contains(row.getUserKey())) {
                below.add(Map.entry(row.getUserKey(), row.getPoints()));
            }
        }
        effective.forEach((user, points) -> {
            if (!user.equals(viewer) && points > 0) {
                (isBefore(user, points, viewer, mine) ? above : below).add(Map.entry(user, points));
            }
        });
        List<Map.Entry<String, Integer>> nearestAbove = above.stream().sorted(BOARD_ORDER.reversed())
                .limit(NEIGHBOURS).toList();
        List<Map.Entry<String, Integer>> nearestBelow = below.stream().sorted(BOARD_ORDER).limit(NEIGHBOURS).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = nearestAbove.size() - 1; i >= 0; i--) {
            ranked.add(new Ranked(nearestAbove.get(i).getKey(), nearestAbove.get(i).getValue(), position - i - 1));
        }
        ranked.add(new Ranked(viewer, mine, position));
        for (int i = 0; i < nearestBelow.size(); i++) {
            ranked.add(new Ranked(nearestBelow.get(i).getKey(), nearestBelow.get(i).getValue(), position + i + 1));
        }
        return ranked;
    }

    /** Whether a user with these points comes before the pivot user in board order. */
    private static boolean isBefore(String user, int points, String pivot, int pivotPoints) {
        return points > pivotPoints || (points == pivotPoints && user.compareTo(pivot) < 0);
    }

    private List<LeaderboardRow> rows(List<Ranked> ranked, Optional<String> viewer, boolean privacy) {
        Map<String, UserRef> refs = users.byKeys(ranked.stream().map(Ranked::user).toList());
        List<LeaderboardRow> rows = new ArrayList<>();
        for (Ranked r : ranked) {
            UserRef ref = refs.getOrDefault(r.user(), new UserRef(r.user(), r.user(), "", false));
            boolean me = viewer.map(r.user()::equals).orElse(false);
            boolean hidePoints = privacy && !me;
            rows.add(new LeaderboardRow(r.user(), ref.displayName(), ref.avatarUrl(), r.rank(),
                    hidePoints ? 0 : r.points(), hidePoints, me));
        }
        return rows;
    }

    /** Each user's points in the tail that count toward this bucket. */
    private static Map<String, Integer> deltas(List<Ledger.Entry> tail, String periodKey, Seasons seasons) {
        Map<String, Integer> deltas = new HashMap<>();
        for (Ledger.Entry entry : tail) {
            if (entry.points() != 0
                    && PeriodKeys.keysOf(entry.createdAt(), entry.projectId(), seasons).contains(periodKey)) {
                deltas.merge(entry.userKey(), entry.points(), Integer::sum);
            }
        }
        return deltas;
    }

    private Map<String, Integer> totalsOf(String periodKey, Collection<String> userKeys) {
        Map<String, Integer> totals = new HashMap<>();
        List<String> keys = userKeys.stream().map(u -> PeriodKeys.totalKey(periodKey, u)).toList();
        for (List<String> chunk : InList.chunks(keys)) {
            for (PointsTotalEntity row : store.find(PointsTotalEntity.class, Query.select()
                    .where(InList.in("TOTAL_KEY", chunk.size()), chunk.toArray()))) {
                totals.put(row.getUserKey(), row.getPoints());
            }
        }
        return totals;
    }
}
