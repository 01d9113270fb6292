package com.socialitsm.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import net.java.ao.RawEntity;

import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

/**
 * Every uniqueness the app relies on, raced by 8 threads inserting the same key at once: the database lets exactly
 * one win, and every loser's failure is recognised as a duplicate key (so services can turn it into a domain
 * answer such as "already voted") on H2, PostgreSQL and MariaDB alike.
 */
@DatabaseTest
class UniqueRaceTest {
    private static final int THREADS = 8;

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    record UniqueCase(Class<? extends RawEntity<?>> entity, String uniqueColumn, Map<String, Object> row) {
        @Override
        public String toString() {
            return entity.getSimpleName() + "." + uniqueColumn;
        }
    }

    static Stream<UniqueCase> uniqueColumns() {
        return Stream.of(
                new UniqueCase(HashtagEntity.class, "TAG", Map.of("TAG", "vpn", "DISPLAY", "VPN")),
                new UniqueCase(IssueHashtagEntity.class, "ISSUE_TAG", Map.of("ISSUE_TAG", "1:vpn", "ISSUE_ID", 1L,
                        "PROJECT_ID", 1L, "TAG", "vpn", "DISPLAY", "vpn", "SOURCE", "text")),
                new UniqueCase(HashtagDayEntity.class, "DAY_KEY", Map.of("DAY_KEY", "vpn|1|20000", "TAG", "vpn")),
                new UniqueCase(FollowEntity.class, "FOLLOW_KEY", Map.of("FOLLOW_KEY", "bob|issue:1",
                        "FOLLOWER", "bob", "TARGET", "issue:1")),
                new UniqueCase(ActivityEntity.class, "SOURCE_KEY", Map.of("SOURCE_KEY", "c1", "VERB", "commented",
                        "ACTOR", "bob")),
                new UniqueCase(VoteEntity.class, "VOTE_KEY", Map.of("VOTE_KEY", "1|bob", "VOTER", "bob")),
                new UniqueCase(PointsEntryEntity.class, "SOURCE_KEY", Map.of("SOURCE_KEY", "resolved:1",
                        "USER_KEY", "bob", "REASON", "resolved", "POINTS", 10)),
                new UniqueCase(PointsTotalEntity.class, "TOTAL_KEY", Map.of("TOTAL_KEY", "all:0:0|bob",
                        "PERIOD_KEY", "all:0:0", "USER_KEY", "bob")),
                new UniqueCase(BadgeEntity.class, "BADGE_KEY", Map.of("BADGE_KEY", "bob|first", "USER_KEY", "bob",
                        "CODE", "first")),
                new UniqueCase(QaVoteEntity.class, "VOTE_KEY", Map.of("VOTE_KEY", "a:1|bob", "POST", "a:1",
                        "VOTER", "bob")),
                new UniqueCase(SettingEntity.class, "SETTING_KEY", Map.of("SETTING_KEY", "race")),
                new UniqueCase(ProcessedChangeEntity.class, "CHANGE_KEY", Map.of("CHANGE_KEY", "change-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uniqueColumns")
    void racingInsertsOfTheSameKeyHaveExactlyOneWinner(UniqueCase unique) throws Exception {
        for (int round = 0; round < 3; round++) {
            Map<String, Object> row = new HashMap<>(unique.row());
            row.put(unique.uniqueColumn(), row.get(unique.uniqueColumn()) + "#" + round);
            List<Object> outcomes = race(() -> db.store().executeInTransaction(() -> create(unique.entity(), row)));

            long winners = outcomes.stream().filter(o -> !(o instanceof Throwable)).count();
            assertThat(winners).as("winners in round " + round).isEqualTo(1);
            assertLosersRecognisedAndOneRow(unique, row, outcomes);
        }
    }

    /**
     * The same with a batch of one row ({@code Store.create(type, List)}), as the engine claims a change: a batch
     * carries no NEXTVAL round trip, and its lost race must be recognised as one all the same (drivers chain the
     * duplicate behind a {@code BatchUpdateException}).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("uniqueColumns")
    void racingBatchInsertsOfTheSameKeyHaveExactlyOneWinner(UniqueCase unique) throws Exception {
        Map<String, Object> row = new HashMap<>(unique.row());
        row.put(unique.uniqueColumn(), row.get(unique.uniqueColumn()) + "#batch");
        List<Object> outcomes = race(() -> db.store().executeInTransaction(() -> {
            createBatch(unique.entity(), List.of(row));
            return "inserted";
        }));

        assertThat(outcomes).filteredOn("inserted"::equals).hasSize(1);
        assertLosersRecognisedAndOneRow(unique, row, outcomes);
    }

    /** Every other racer failed on the duplicate key, recognised as such, and the key has one row. */
    private static void assertLosersRecognisedAndOneRow(UniqueCase unique, Map<String, Object> row, List<Object> outcomes) {
        assertThat(outcomes).filteredOn(o -> o instanceof Throwable)
                .hasSize(THREADS - 1)
                .allSatisfy(o -> assertThat(ConstraintViolations.isDuplicateKey((Throwable) o))
                        .as("recognised as duplicate: %s", o).isTrue());
        assertThat(countRows(unique.entity(), unique.uniqueColumn() + " = ?", row.get(unique.uniqueColumn())))
                .isEqualTo(1);
    }

    @Test
    void checkThenInsertRetriedOnARaceGivesEveryCallerAnAnswerAndOneRow() throws Exception {
        Store store = db.store();
        List<Object> outcomes = race(() -> store.executeInTransactionRetryingRaces(3, () -> {
            if (store.count(FollowEntity.class, "FOLLOW_KEY = ?", "carol|hashtag:vpn") > 0) {
                return "already following";
            }
            store.create(FollowEntity.class, Map.of("FOLLOW_KEY", "carol|hashtag:vpn", "FOLLOWER", "carol",
                    "TARGET", "hashtag:vpn"));
            return "followed";
        }));

        assertThat(outcomes).noneMatch(o -> o instanceof Throwable);
        assertThat(outcomes).filteredOn("followed"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("already following"::equals).hasSize(THREADS - 1);
        assertThat(store.count(FollowEntity.class, "FOLLOWER = ?", "carol")).isEqualTo(1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object create(Class entity, Map<String, Object> row) {
        return db.store().create(entity, row);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void createBatch(Class entity, List<Map<String, Object>> rows) {
        db.store().create(entity, rows);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int countRows(Class entity, String criteria, Object value) {
        return db.store().count(entity, criteria, value);
    }

    /** Runs the action on 8 threads released at once; each outcome is its result or the exception it threw. */
    private static List<Object> race(java.util.concurrent.Callable<Object> action) throws Exception {
        return Race.outcomes(THREADS, i -> action.call());
    }
}
