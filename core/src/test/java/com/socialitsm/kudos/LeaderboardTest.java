package com.socialitsm.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.java.ao.Query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.ProjectRef;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.store.PointsTotalEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Leaderboards: rollup plus tail is exact, racing rollups never double count, and who is (not) listed. */
@DatabaseTest
class LeaderboardTest {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(6);
    private static final AtomicInteger SOURCES = new AtomicInteger();

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private KudosKit kit;
    private ProjectRef ops;

    @BeforeEach
    void setUp() {
        kit = new KudosKit(db.store());
        ops = kit.host.addProject("OPS");
    }

    @Test
    void boardsForTheWeekTheMonthAndTheSeasonOverallAndPerProject() {
        earn("alice", 10, kit.sd.id(), KudosKit.START);
        earn("bob", 20, ops.id(), KudosKit.START);
        earn("alice", 5, kit.sd.id(), Instant.parse("2024-06-02T12:00:00Z")); // the Sunday of the week before
        earn("carol", 7, kit.sd.id(), Instant.parse("2024-05-20T12:00:00Z")); // last month

        for (int pass = 0; pass < 2; pass++) {
            assertThat(board(Period.WEEK, null)).containsExactly("bob=20#1", "alice=10#2");
            assertThat(board(Period.MONTH, null)).containsExactly("bob=20#1", "alice=15#2");
            assertThat(board(Period.ALL, null)).containsExactly("bob=20#1", "alice=15#2", "carol=7#3");
            assertThat(board(Period.WEEK, "SD")).containsExactly("alice=10#1");
            assertThat(board(Period.MONTH, "SD")).containsExactly("alice=15#1");
            assertThat(board(Period.ALL, "SD")).containsExactly("alice=15#1", "carol=7#2");
            assertThat(board(Period.ALL, "OPS")).containsExactly("bob=20#1");
            rollUpEverything(); // the second pass reads rolled-up totals instead of the tail
        }
        assertThat(kit.ledgerRows()).isEqualTo(4);
    }

    @Test
    void onMondayAtMidnightThisWeekIsEmptyAndLastWeekHoldsTheSundayEvening() {
        kit.clock.advance(Duration.between(KudosKit.START, Instant.parse("2024-06-16T23:00:00Z")));
        earn("alice", 10, kit.sd.id(), kit.clock.instant());
        earn("bob", 4, kit.sd.id(), Instant.parse("2024-06-05T12:00:00Z")); // two weeks before the Monday
        kit.clock.advance(Duration.ofMinutes(90)); // Monday 2024-06-17 00:30 UTC

        for (int pass = 0; pass < 2; pass++) {
            assertThat(board(Period.WEEK, null)).isEmpty();
            assertThat(board(Period.LAST_WEEK, null)).containsExactly("alice=10#1");
            assertThat(board(Period.LAST_WEEK, "SD")).containsExactly("alice=10#1");
            rollUpEverything();
        }
    }

    @Test
    void equalPointsShareARankAndTheLimitCuts() {
        earn("carol", 5, kit.sd.id(), KudosKit.START);
        earn("bob", 10, kit.sd.id(), KudosKit.START);
        earn("alice", 10, kit.sd.id(), KudosKit.START);
        earn("dave", -3, kit.sd.id(), KudosKit.START);

        assertThat(board(Period.ALL, null)).containsExactly("alice=10#1", "bob=10#1", "carol=5#3");
        assertThat(kit.kudos.leaderboard(Optional.empty(), Period.ALL, null, 2).orElseThrow().rows())
                .extracting(LeaderboardRow::user).containsExactly("alice", "bob");
    }

    @Test
    void rolledUpTotalsPlusTheTailAreExactAtEveryStep() {
        Random random = new Random(42);
        List<String> users = List.of("alice", "bob", "carol", "dave", "erin", "frank");
        List<Long> projects = List.of(kit.sd.id(), ops.id(), 0L);
        for (int step = 0; step < 120; step++) {
            String user = users.get(random.nextInt(users.size()));
            int points = random.nextInt(10) < 8 ? 1 + random.nextInt(15) : -(1 + random.nextInt(10));
            earn(user, points, projects.get(random.nextInt(projects.size())), kit.clock.instant());
            if (random.nextInt(10) == 0) {
                kit.clock.advance(Duration.ofHours(random.nextInt(60)));
            }
            if (random.nextInt(7) == 0) {
                kit.clock.advance(Duration.ofMinutes(random.nextInt(12)));
                kit.kudos.rollup().rollUp();
            }
            if (step % 10 == 9) {
                assertBoardsMatchTheLedger();
            }
        }
        rollUpEverything();
        assertBoardsMatchTheLedger();
        assertTotalsEqualTheLedgerSums();
    }

    @Test
    void rollupsRacingOnFourNodesWhileAwardsArriveNeverCountARowTwice() throws Exception {
        for (int i = 0; i < 200; i++) {
            earn("user" + (i % 7), 1 + i % 5, i % 2 == 0 ? kit.sd.id() : ops.id(), kit.clock.instant());
        }
        kit.clock.advance(Duration.ofMinutes(10));
        List<LeaderboardRollup> nodes = new ArrayList<>();
        for (int node = 0; node < 4; node++) {
            nodes.add(new LeaderboardRollup(db.store(), kit.clock, new KudosSettings(db.store()),
                    new Ledger(db.store()), 25));
        }
        CyclicBarrier start = new CyclicBarrier(5);
        List<Future<Object>> futures = new ArrayList<>();
        for (LeaderboardRollup node : nodes) {
            futures.add(POOL.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                int rolled = 0;
                for (int run = 0; run < 6; run++) {
                    rolled += Math.max(0, node.rollUpOneBatch());
                    rolled += node.rollUp();
                }
                return rolled;
            }));
        }
        futures.add(POOL.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 60; i++) {
                earn("user" + (i % 5), 2, kit.sd.id(), kit.clock.instant());
            }
            return 0;
        }));
        int rolled = 0;
        for (Future<Object> f : futures) {
            rolled += (Integer) f.get(180, TimeUnit.SECONDS);
        }

        assertThat(rolled).as("rows rolled up across nodes").isLessThanOrEqualTo(260);
        rollUpEverything();
        assertTotalsEqualTheLedgerSums();
        assertBoardsMatchTheLedger();
    }

    @Test
    void aYoungGapInTheLedgerIdsHoldsTheRollupUntilItIsOldEnough() {
        earn("alice", 10, kit.sd.id(), kit.clock.instant());
        rollUpEverything();
        long rolledTo = new KudosSettings(db.store()).watermark().lastId();

        // A transaction that wrote a ledger row and was rolled back (a lost race) leaves a hole in the ids.
        try {
            db.store().executeInTransaction(() -> {
                earn("bob", 99, kit.sd.id(), kit.clock.instant());
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the hole
        }
        long after = earn("bob", 7, kit.sd.id(), kit.clock.instant());
        assertThat(after).as("the rolled-back insert used an id").isGreaterThan(rolledTo + 1);

        assertThat(kit.kudos.rollup().rollUp()).as("too young to pass the gap").isZero();
        assertThat(board(Period.ALL, null)).containsExactly("alice=10#1", "bob=7#2");

        kit.clock.advance(LeaderboardRollup.GAP_GRACE.plusSeconds(1));
        assertThat(kit.kudos.rollup().rollUp()).isEqualTo(1);
        assertThat(board(Period.ALL, null)).containsExactly("alice=10#1", "bob=7#2");
        assertTotalsEqualTheLedgerSums();
    }

    @Test
    void optedOutAndExcludedUsersAreNotListedAndOthersMoveUp() {
        earn("alice", 30, kit.sd.id(), KudosKit.START);
        earn("bob", 20, kit.sd.id(), KudosKit.START);
        earn("carol", 10, kit.sd.id(), KudosKit.START);
        rollUpEverything();
        earn("dave", 5, kit.sd.id(), kit.clock.instant());
        earn("bob", 1, kit.sd.id(), kit.clock.instant());

        kit.kudos.optOut("bob");
        kit.kudos.optOut("bob");
        assertThat(kit.kudos.exclude("carol")).isTrue();
        assertThat(kit.kudos.exclude("nobody")).isFalse();

        assertThat(board(Period.ALL, null)).containsExactly("alice=30#1", "dave=5#2");
        assertThat(kit.kudos.isOptedOut("bob")).isTrue();
        assertThat(kit.kudos.excluded()).containsExactly("carol");
        assertThat(kit.kudos.profile(Optional.of("alice"), "bob").orElseThrow().pointsHidden()).isTrue();
        assertThat(kit.kudos.profile(Optional.of("bob"), "bob").orElseThrow().points()).isEqualTo(21);

        kit.kudos.optIn("bob");
        kit.kudos.include("carol");
        assertThat(board(Period.ALL, null)).containsExactly("alice=30#1", "bob=21#2", "carol=10#3", "dave=5#4");
    }

    @Test
    void inPrivacyModeAViewerSeesOnlyTheirNeighbourhoodAndOnlyTheirOwnPoints() {
        for (int i = 0; i < 10; i++) {
            kit.host.addUser("u" + i);
            earn("u" + i, 100 - 10 * i, kit.sd.id(), KudosKit.START);
        }
        rollUpEverything();
        kit.rules(r -> r.withPrivacyMode(true));

        Leaderboard board = kit.kudos.leaderboard(Optional.of("u5"), Period.ALL, null, 10).orElseThrow();
        assertThat(board.privacyMode()).isTrue();
        assertThat(board.rows()).extracting(r -> r.user() + "#" + r.rank())
                .containsExactly("u2#3", "u3#4", "u4#5", "u5#6", "u6#7", "u7#8", "u8#9");
        assertThat(board.rows()).filteredOn(LeaderboardRow::me).singleElement()
                .satisfies(r -> assertThat(r.points()).isEqualTo(50));
        assertThat(board.rows()).filteredOn(r -> !r.me()).allSatisfy(r -> {
            assertThat(r.pointsHidden()).isTrue();
            assertThat(r.points()).isZero();
        });
        assertThat(neighbourhood("u0")).containsExactly("u0#1", "u1#2", "u2#3", "u3#4");
        assertThat(kit.kudos.leaderboard(Optional.empty(), Period.ALL, null, 10).orElseThrow().rows()).isEmpty();
        assertThat(kit.kudos.leaderboard(Optional.of("alice"), Period.ALL, null, 10).orElseThrow().rows())
                .as("no points, no place").isEmpty();

        // Not yet rolled up: u8 overtakes u5 and u4, u3 drops below u5; a newcomer ties with u5 (key order).
        earn("u8", 35, kit.sd.id(), kit.clock.instant());   // 55
        earn("u3", -25, kit.sd.id(), kit.clock.instant());  // 45
        earn("u45", 50, kit.sd.id(), kit.clock.instant());  // 50, "u45" < "u5"
        kit.kudos.optOut("u2");
        assertThat(neighbourhood("u5")).containsExactly("u4#3", "u8#4", "u45#5", "u5#6", "u3#7", "u6#8", "u7#9");
        assertThat(neighbourhood("u5")).isEqualTo(expectedNeighbourhood("u5", List.of("u2")));
        assertThat(neighbourhood("u9")).isEqualTo(expectedNeighbourhood("u9", List.of("u2")));
        assertThat(neighbourhood("u2")).as("opted out: not on the board").isEmpty();

        kit.clock.advance(Duration.ofMinutes(10));
        kit.kudos.rollup().rollUp();
        assertThat(neighbourhood("u5")).isEqualTo(expectedNeighbourhood("u5", List.of("u2")));
        assertThat(kit.kudos.profile(Optional.of("u4"), "u5").orElseThrow().pointsHidden()).isTrue();
        assertThat(kit.kudos.profile(Optional.of("admin"), "u5").orElseThrow().points()).isEqualTo(50);
    }

    @Test
    void aNewSeasonStartsAllTimeAfreshAndKeepsTheOldSeasonsTotals() {
        earn("alice", 50, kit.sd.id(), kit.clock.instant());
        rollUpEverything();
        assertThat(kit.kudos.startSeason(kit.clock.instant().minus(Duration.ofDays(1)))).isFalse();

        assertThat(kit.kudos.startSeason(kit.clock.instant())).isTrue();
        assertThat(kit.kudos.seasonStart()).isEqualTo(kit.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        kit.clock.advance(Duration.ofSeconds(1));
        earn("bob", 5, kit.sd.id(), kit.clock.instant());

        assertThat(board(Period.ALL, null)).containsExactly("bob=5#1");
        assertThat(board(Period.WEEK, null)).as("weeks and months are not seasons").containsExactly("alice=50#1", "bob=5#2");
        assertThat(kit.kudos.profile(Optional.of("alice"), "alice").orElseThrow().points()).isZero();
        assertThat(db.store().count(PointsTotalEntity.class, "PERIOD_KEY = ? AND USER_KEY = ?", "all:0:0", "alice"))
                .as("the old season's total is kept").isEqualTo(1);
        rollUpEverything();
        assertThat(board(Period.ALL, null)).containsExactly("bob=5#1");
        assertTotalsEqualTheLedgerSums();
    }

    @Test
    void aProjectTheViewerMayNotBrowseHasNoBoard() {
        kit.host.restrictProject(ops, "alice");
        assertThat(kit.kudos.leaderboard(Optional.of("bob"), Period.WEEK, "OPS", 10)).isEmpty();
        assertThat(kit.kudos.leaderboard(Optional.of("bob"), Period.WEEK, "NOPE", 10)).isEmpty();
        assertThat(kit.kudos.leaderboard(Optional.of("alice"), Period.WEEK, "OPS", 10)).isPresent();
    }

    @Test
    void aLeaderboardReadIsAHandfulOfStatementsWhateverTheLedgerSize() {
        for (int i = 0; i < 50; i++) {
            earn("user" + (i % 12), 3, kit.sd.id(), kit.clock.instant());
        }
        rollUpEverything();
        earn("alice", 4, kit.sd.id(), kit.clock.instant());

        int statements = db.sql().countDuring(() -> kit.kudos.leaderboard(Optional.of("bob"), Period.WEEK, null, 10));
        // settings, tail, top totals, the tail users' totals, the watermark again
        assertThat(statements).isLessThanOrEqualTo(5);
    }

    // ---- helpers

    /** Writes one ledger row directly, as an award would; returns its id. */
    private long earn(String user, int points, long projectId, Instant at) {
        String key = "test|" + SOURCES.incrementAndGet();
        db.store().create(PointsEntryEntity.class, List.of(Map.<String, Object>of(
                "SOURCE_KEY", key, "SLOT", key, "USER_KEY", user, "POINTS", points, "REASON", "kudos",
                "ISSUE_ID", 0L, "PROJECT_ID", projectId, "CREATED_AT", at.toEpochMilli(), "DETAIL", "")));
        return db.store().find(PointsEntryEntity.class, "SOURCE_KEY = ?", key)[0].getID();
    }

    private void rollUpEverything() {
        kit.clock.advance(LeaderboardRollup.GAP_GRACE.plusMinutes(1));
        kit.kudos.rollup().rollUp();
        assertThat(new KudosSettings(db.store()).watermark().lastId()).isEqualTo(maxLedgerId());
    }

    private List<String> board(Period period, String project) {
        return kit.kudos.leaderboard(Optional.of("admin"), period, project, 100).orElseThrow().rows().stream()
                .map(r -> r.user() + "=" + r.points() + "#" + r.rank()).toList();
    }

    private List<String> neighbourhood(String viewer) {
        return kit.kudos.leaderboard(Optional.of(viewer), Period.ALL, null, 10).orElseThrow().rows().stream()
                .map(r -> r.user() + "#" + r.rank()).toList();
    }

    /** The neighbourhood computed the slow way: every user's ledger sum, sorted. */
    private List<String> expectedNeighbourhood(String viewer, List<String> hidden) {
        Map<String, Integer> sums = ledgerSums(PeriodKeys.key(Period.ALL, kit.clock.millis(),
                new KudosSettings(db.store()).seasons(), 0));
        hidden.forEach(sums::remove);
        List<String> order = sums.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        int at = order.indexOf(viewer);
        List<String> window = new ArrayList<>();
        for (int i = Math.max(0, at - 3); i <= Math.min(order.size() - 1, at + 3); i++) {
            window.add(order.get(i) + "#" + (i + 1));
        }
        return window;
    }

    /** Every board the test's world has, compared with the sums of the ledger rows of its bucket. */
    private void assertBoardsMatchTheLedger() {
        Seasons seasons = new KudosSettings(db.store()).seasons();
        for (Period period : Period.values()) {
            for (String project : new String[] {null, "SD", "OPS"}) {
                long projectId = project == null ? 0 : kit.host.projectByKey(project).orElseThrow().id();
                Map<String, Integer> sums = ledgerSums(PeriodKeys.key(period, kit.clock.millis(), seasons, projectId));
                List<String> expected = sums.entrySet().stream().filter(e -> e.getValue() > 0)
                        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> e.getKey() + "=" + e.getValue()).toList();
                assertThat(board(period, project).stream().map(r -> r.substring(0, r.indexOf('#'))).toList())
                        .as(period + " " + project).isEqualTo(expected);
            }
        }
    }

    /** After a full rollup, every stored total is its bucket's ledger sum, and every non-zero sum is stored. */
    private void assertTotalsEqualTheLedgerSums() {
        Seasons seasons = new KudosSettings(db.store()).seasons();
        Map<String, Integer> expected = new HashMap<>();
        for (PointsEntryEntity row : db.store().find(PointsEntryEntity.class, Query.select())) {
            for (String key : PeriodKeys.keysOf(row.getCreatedAt(), row.getProjectId(), seasons)) {
                expected.merge(PeriodKeys.totalKey(key, row.getUserKey()), row.getPoints(), Integer::sum);
            }
        }
        Map<String, Integer> stored = new HashMap<>();
        for (PointsTotalEntity total : db.store().find(PointsTotalEntity.class, Query.select())) {
            stored.put(total.getTotalKey(), total.getPoints());
        }
        expected.values().removeIf(v -> v == 0);
        stored.values().removeIf(v -> v == 0);
        assertThat(stored).isEqualTo(expected);
    }

    private Map<String, Integer> ledgerSums(String periodKey) {
        Seasons seasons = new KudosSettings(db.store()).seasons();
        Map<String, Integer> sums = new HashMap<>();
        db.store().flushAll();
        for (PointsEntryEntity row : db.store().find(PointsEntryEntity.class, Query.select())) {
            if (PeriodKeys.keysOf(row.getCreatedAt(), row.getProjectId(), seasons).contains(periodKey)) {
                sums.merge(row.getUserKey(), row.getPoints(), Integer::sum);
            }
        }
        return sums;
    }

    private long maxLedgerId() {
        PointsEntryEntity[] rows = db.store().find(PointsEntryEntity.class, Query.select().order("ID DESC").limit(1));
        return rows.length == 0 ? 0 : rows[0].getID();
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }
}
