package com.socialitsm.devhost.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import com.socialitsm.devhost.cluster.ClusterClients.Answer;
import com.socialitsm.devhost.cluster.ClusterClients.Client;
import com.socialitsm.devhost.cluster.ClusterClients.Creation;
import com.socialitsm.devhost.cluster.ClusterClients.Issue;
import com.socialitsm.devhost.cluster.ClusterClients.Outcome;
import com.socialitsm.devhost.cluster.ClusterClients.OwnQuestion;
import com.socialitsm.store.TableNames;

/**
 * Two devhost nodes (separate JVMs) on one database of the test's own — PostgreSQL, then MariaDB — driven at once by 16
 * clients through the REST API (each at most four changes a second), in four phases: steady load; load while node B is
 * killed with SIGKILL and restarted; load while the database is shut down (fast), kept down for 3 s and started again;
 * load while node B is cut off from the database for 10 s (a network partition: node B reaches the database through a
 * {@link TcpProxy} that drops every connection and refuses new ones, then heals). After each phase every acknowledged
 * change is in the database, nothing refused is, nothing is duplicated or half-written, the counts and the ledger add
 * up, and both nodes answer the same reads the same way. See docs/reliability.md, section 5.
 */
@Tag("cluster")
class TwoNodesUnderFaultsTest {
    private static final int CLIENTS = 16;
    private static final int ISSUES_PER_CLIENT = 2;
    /** Load per phase at least this long... */
    private static final long PHASE_MILLIS = 12_000;
    /** ...the fault comes this far in... */
    private static final long FAULT_AFTER_MILLIS = 3_000;
    /** ...and the load goes on at least this long after the fault is over (the node or database is back). */
    private static final long LOAD_AFTER_FAULT_MILLIS = 4_000;
    /** Clients stop by then whatever the fault does. */
    private static final long PHASE_LIMIT_MILLIS = 180_000;
    private static final long PARTITION_MILLIS = 10_000;
    private static final long DATABASE_DOWN_MILLIS = 3_000;
    private static final int CHECK_THREADS = 4;
    private static final String DATABASE = "twonode";

    private PrivateDatabase db;
    private TcpProxy proxyOfB;
    private NodeProcess nodeA;
    private NodeProcess nodeB;
    private ClusterClients load;
    private final List<String> report = new ArrayList<>();
    /** Points per user in the ledger (non-zero), as the last check read them: what the leaderboard must show. */
    private Map<String, Long> ledgerSums = Map.of();

    @ParameterizedTest(name = "{0}")
    @EnumSource(PrivateDatabase.Product.class)
    void twoNodesLoseNothingAcknowledgedUnderKillsDatabaseRestartsAndPartitions(PrivateDatabase.Product product)
            throws Exception {
        assumeTrue(product.available(), product + "'s server binaries are not installed");
        long started = System.currentTimeMillis();
        // the nodes' logs, kept for a look
        Path dir = Files.createDirectories(Path.of("target", "two-nodes", product.name().toLowerCase()));
        try (PrivateDatabase database = product.start(DATABASE);
             TcpProxy proxy = TcpProxy.start(database.port());
             NodeProcess a = new NodeProcess("A", database.jdbcUrl(database.port()), dir);
             NodeProcess b = new NodeProcess("B", database.jdbcUrl(proxy.port()), dir)) {
            db = database;
            proxyOfB = proxy;
            nodeA = a;
            nodeB = b;
            try {
                nodeA.start();
                setUp();
                nodeB.start();
                report.add(String.format("start-up (private %s, node A, %d issues, node B through a TCP proxy): "
                        + "%d ms", product, CLIENTS * ISSUES_PER_CLIENT, System.currentTimeMillis() - started));

                phase("steady load", () -> { });
                phase("node B killed (SIGKILL) and restarted", () -> {
                    load.awaitRequestInFlight(nodeB, 2_000);
                    nodeB.kill();
                    long down = System.currentTimeMillis();
                    nodeB.start();
                    report.add(String.format("  node B back after %d ms", System.currentTimeMillis() - down));
                });
                phase(product + " stopped (fast), down 3 s, started", () -> {
                    long down = System.currentTimeMillis();
                    db.stop();
                    Thread.sleep(DATABASE_DOWN_MILLIS);
                    db.start();
                    report.add(String.format("  %s back after %d ms", product, System.currentTimeMillis() - down));
                });
                phase("node B cut off from " + product + " for 10 s (TCP proxy), healed", this::partitionNodeB);
            } catch (Throwable t) {
                System.err.println(String.join("\n", report));
                for (NodeProcess n : List.of(a, b)) {
                    if (Files.exists(n.log())) {
                        String log = Files.readString(n.log());
                        System.err.println("--- node " + n.name() + " log (tail)\n"
                                + log.substring(Math.max(0, log.length() - 6000)));
                    }
                }
                throw t;
            }
            report.add(String.format("total wall time: %d s", (System.currentTimeMillis() - started) / 1000));
            System.out.println("TwoNodesUnderFaultsTest on " + product + "\n" + String.join("\n", report));
        }
    }

    private interface Fault {
        void inject() throws Exception;
    }

    /**
     * Cuts node B's connections to the database for 10 s while the clients go on, then heals; node A must go on
     * acknowledging writes meanwhile, node B must acknowledge writes again by itself (no restart) within 30 s.
     */
    private void partitionNodeB() throws Exception {
        long writesOfA = load.acknowledgedWrites(nodeA);
        long writesOfB = load.acknowledgedWrites(nodeB);
        proxyOfB.cut();
        Thread.sleep(PARTITION_MILLIS);
        long duringA = load.acknowledgedWrites(nodeA) - writesOfA;
        long duringB = load.acknowledgedWrites(nodeB) - writesOfB;
        proxyOfB.heal();
        long healed = System.currentTimeMillis();
        long deadline = healed + 30_000;
        while (load.lastAcknowledgedWrite(nodeB) < healed && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        long recovered = load.lastAcknowledgedWrite(nodeB) - healed;
        report.add(String.format("  during the cut node A acknowledged %d writes, node B %d; node B acknowledged a "
                + "write again %d ms after the heal (%d connections through the proxy so far)", duringA, duringB,
                recovered, proxyOfB.connections()));
        assertThat(load.lastAcknowledgedWrite(nodeB)).as("node B acknowledges writes within 30 s of the heal")
                .isGreaterThanOrEqualTo(healed);
    }

    /** The issues each client owns, created through node A; the kudos cap raised for the load. */
    private void setUp() throws Exception {
        ClusterClients setup = new ClusterClients(List.of(nodeA), 0, List.of());
        Answer rules = setup.send(nodeA, "PUT", "/rest/social/1.0/admin/kudos/rules", "admin",
                ClusterClients.json(Map.of("peerKudosDailyCap", 1000)));
        assertThat(rules.status()).as("kudos rules %s", rules.body()).isEqualTo(200);
        List<List<Issue>> issues = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<Issue> own = new ArrayList<>();
            for (int i = 0; i < ISSUES_PER_CLIENT; i++) {
                Answer created = setup.send(nodeA, "POST", "/rest/api/2/issue", "alice", ClusterClients.json(Map.of(
                        "fields", Map.of("project", Map.of("key", "SD"), "issuetype", Map.of("name", "Incident"),
                                "summary", "Load issue " + c + "-" + i + " #" + ClusterClients.tagOf(c)))));
                assertThat(created.status()).isEqualTo(201);
                own.add(new Issue(created.body().path("key").asText(), created.body().path("id").asLong()));
            }
            issues.add(own);
        }
        load = new ClusterClients(List.of(nodeA, nodeB), CLIENTS, issues);
    }

    private void phase(String name, Fault fault) throws Exception {
        long start = System.currentTimeMillis();
        long requestsBefore = load.requests.get();
        Map<Outcome, Long> before = snapshot();
        long connBefore = load.connectionErrors.get();
        long refusedBefore = load.refusedConnections.get();
        long fiveBefore = load.serverErrors.get();
        List<Thread> threads = new ArrayList<>();
        for (Client c : load.clients) {
            c.until = start + PHASE_LIMIT_MILLIS;
            Thread t = new Thread(c, "client-" + c.index);
            threads.add(t);
            t.start();
        }
        try {
            Thread.sleep(FAULT_AFTER_MILLIS);
            fault.inject();
        } finally {
            long until = Math.max(start + PHASE_MILLIS, System.currentTimeMillis() + LOAD_AFTER_FAULT_MILLIS);
            load.clients.forEach(c -> c.until = until);
            for (Thread t : threads) {
                t.join(120_000);
            }
        }
        for (Thread t : threads) {
            assertThat(t.isAlive()).as("client %s still running", t.getName()).isFalse();
        }
        long loadEnd = System.currentTimeMillis();
        int resent = 0;
        for (Client c : load.clients) {
            resent += c.settleAll(System.currentTimeMillis() + 60_000);
            assertThat(c.settled()).as("client %d could not settle its changes", c.index).isTrue();
        }
        Map<Outcome, Long> after = snapshot();
        report.add(String.format("%s: %d requests in %d ms (%d acknowledged, %d refused, %d unknown: %d connections "
                        + "refused, %d broken, %d JSON 5xx), %d idempotent changes sent again to settle",
                name, load.requests.get() - requestsBefore, loadEnd - start,
                after.get(Outcome.ACKNOWLEDGED) - before.get(Outcome.ACKNOWLEDGED),
                after.get(Outcome.REFUSED) - before.get(Outcome.REFUSED),
                after.get(Outcome.UNKNOWN) - before.get(Outcome.UNKNOWN),
                load.refusedConnections.get() - refusedBefore, load.connectionErrors.get() - connBefore,
                load.serverErrors.get() - fiveBefore, resent));
        assertThat(load.uncleanFailures).as("unclean failures").isEmpty();
        verify(name);
        report.add(String.format("  verified in %d ms; acknowledged so far by kind: %s",
                System.currentTimeMillis() - loadEnd, load.acknowledgedByKind()));
    }

    private Map<Outcome, Long> snapshot() {
        Map<Outcome, Long> m = new HashMap<>();
        load.outcomes.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    // ------------------------------------------------------------------ checks

    private void verify(String phase) throws Exception {
        try (Connection c = db.connect()) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            c.setReadOnly(true);
            noDuplicates(c);
            votesAsAcknowledged(c);
            creationsAsAcknowledged(c, phase);
            questionsAddUp(c);
            ledgerAddsUp(c);
            c.rollback();
        }
        bothNodesAnswerTheSame();
    }

    private static String table(String name) {
        return "\"" + TableNames.appPrefix() + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase() + "\"";
    }

    private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(r.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void noDuplicates(Connection c) throws SQLException {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("a vote per user and issue", "SELECT \"VOTER\", \"ISSUE_ID\" FROM " + table("Vote")
                + " GROUP BY \"VOTER\", \"ISSUE_ID\" HAVING COUNT(*) > 1");
        checks.put("a vote count row per issue", "SELECT \"ISSUE_ID\" FROM " + table("IssueVotes")
                + " GROUP BY \"ISSUE_ID\" HAVING COUNT(*) > 1");
        checks.put("a follow per follower and target", "SELECT \"FOLLOWER\", \"TARGET\" FROM " + table("Follow")
                + " GROUP BY \"FOLLOWER\", \"TARGET\" HAVING COUNT(*) > 1");
        checks.put("a Q&A vote per voter and post", "SELECT \"POST\", \"VOTER\" FROM " + table("QaVote")
                + " GROUP BY \"POST\", \"VOTER\" HAVING COUNT(*) > 1");
        checks.put("a ledger row per source", "SELECT \"SOURCE_KEY\" FROM " + table("PointsEntry")
                + " GROUP BY \"SOURCE_KEY\" HAVING COUNT(*) > 1");
        checks.put("at most one award in force per slot", "SELECT \"SLOT\" FROM " + table("PointsEntry")
                + " WHERE \"SLOT\" IS NOT NULL GROUP BY \"SLOT\" HAVING SUM(CASE WHEN \"REVERSES\" IS NULL THEN 1 "
                + "ELSE -1 END) NOT IN (0, 1)");
        checks.put("a total per user and bucket", "SELECT \"TOTAL_KEY\" FROM " + table("PointsTotal")
                + " GROUP BY \"TOTAL_KEY\" HAVING COUNT(*) > 1");
        checks.put("one rollup watermark", "SELECT COUNT(*) FROM " + table("Setting")
                + " WHERE \"SETTING_KEY\" = 'kudos.rollup.watermark' HAVING COUNT(*) > 1");
        checks.put("each comment once", "SELECT \"BODY\" FROM " + table("DemoComment")
                + " GROUP BY \"BODY\" HAVING COUNT(*) > 1");
        checks.put("each kudos once", "SELECT \"MESSAGE\" FROM " + table("Kudos")
                + " GROUP BY \"MESSAGE\" HAVING COUNT(*) > 1");
        checks.put("each question once", "SELECT \"BODY\" FROM " + table("Question")
                + " GROUP BY \"BODY\" HAVING COUNT(*) > 1");
        checks.put("each answer once", "SELECT \"BODY\" FROM " + table("Answer")
                + " GROUP BY \"BODY\" HAVING COUNT(*) > 1");
        checks.put("vote counts equal the votes", "SELECT v.\"ISSUE_ID\" FROM " + table("IssueVotes") + " v WHERE "
                + "v.\"VOTE_COUNT\" <> (SELECT COUNT(*) FROM " + table("Vote")
                + " x WHERE x.\"ISSUE_ID\" = v.\"ISSUE_ID\")");
        checks.put("every voted issue has its count", "SELECT DISTINCT x.\"ISSUE_ID\" FROM " + table("Vote")
                + " x WHERE NOT EXISTS (SELECT 1 FROM " + table("IssueVotes")
                + " v WHERE v.\"ISSUE_ID\" = x.\"ISSUE_ID\")");
        checks.put("kudos points equal their ledger rows", "SELECT k.\"RECEIVER\" FROM (SELECT \"RECEIVER\", "
                + "SUM(\"POINTS\") p FROM " + table("Kudos") + " GROUP BY \"RECEIVER\") k "
                + "LEFT JOIN (SELECT \"USER_KEY\", SUM(\"POINTS\") p FROM " + table("PointsEntry")
                + " WHERE \"REASON\" = 'kudos' GROUP BY \"USER_KEY\") e "
                + "ON e.\"USER_KEY\" = k.\"RECEIVER\" WHERE COALESCE(e.p, 0) <> k.p");
        for (Map.Entry<String, String> check : checks.entrySet()) {
            assertThat(rows(c, check.getValue())).as(check.getKey()).isEmpty();
        }
    }

    private void votesAsAcknowledged(Connection c) throws SQLException {
        Set<String> actual = new TreeSet<>();
        Map<Long, String> keyOfId = new HashMap<>();
        for (Client client : load.clients) {
            client.issues.forEach(i -> keyOfId.put(i.id(), i.key()));
        }
        for (List<Object> row : rows(c, "SELECT \"VOTER\", \"ISSUE_ID\" FROM " + table("Vote"))) {
            String key = keyOfId.get(((Number) row.get(1)).longValue());
            if (key != null) {
                actual.add(row.get(0) + "|" + key);
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Client client : load.clients) {
            client.votes.forEach((k, voted) -> {
                if (voted) {
                    expected.add(k);
                }
            });
        }
        assertThat(actual).as("votes in the database").isEqualTo(expected);
    }

    private void creationsAsAcknowledged(Connection c, String phase) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        collect(c, "SELECT \"ID\", \"BODY\" FROM " + table("DemoComment") + " WHERE \"BODY\" LIKE 'c %'", found);
        collect(c, "SELECT \"ID\", \"MESSAGE\" FROM " + table("Kudos") + " WHERE \"MESSAGE\" LIKE 'k %'", found);
        collect(c, "SELECT \"ID\", \"BODY\" FROM " + table("Question") + " WHERE \"BODY\" LIKE 'q %'", found);
        collect(c, "SELECT \"ID\", \"BODY\" FROM " + table("Answer") + " WHERE \"BODY\" LIKE 'a %'", found);
        Map<String, Creation> asked = load.creations();
        Map<String, Integer> unknownPresent = new TreeMap<>();
        Map<String, Integer> unknownAbsent = new TreeMap<>();
        for (Creation x : asked.values()) {
            Long id = found.get(x.marker());
            switch (x.outcome()) {
                case ACKNOWLEDGED -> assertThat(id).as("acknowledged %s %s", x.kind(), x.marker()).isEqualTo(x.id());
                case REFUSED -> assertThat(id).as("refused %s %s", x.kind(), x.marker()).isNull();
                case UNKNOWN -> {
                    (id == null ? unknownAbsent : unknownPresent).merge(x.kind() + " after " + x.how(), 1,
                            Integer::sum);
                }
            }
        }
        assertThat(asked.keySet()).as("rows no client asked for").containsAll(found.keySet());
        report.add(String.format("  creations: %d asked, %d in the database; of those with an unknown outcome "
                + "these were written whole: %s; these not at all: %s", asked.size(), found.size(), unknownPresent,
                unknownAbsent));
    }

    private static void collect(Connection c, String sql, Map<String, Long> found) throws SQLException {
        for (List<Object> row : rows(c, sql)) {
            String text = (String) row.get(1);
            int space = text.indexOf(' ', 2);
            found.put(space < 0 ? text : text.substring(0, space), ((Number) row.get(0)).longValue());
        }
    }

    private void questionsAddUp(Connection c) throws SQLException {
        assertThat(rows(c, "SELECT q.\"ID\" FROM " + table("Question") + " q WHERE q.\"ANSWER_COUNT\" <> "
                + "(SELECT COUNT(*) FROM " + table("Answer") + " a WHERE a.\"QUESTION_ID\" = q.\"ID\" AND a.\"DELETED\" = FALSE)"))
                .as("answer counts equal the answers").isEmpty();
        assertThat(rows(c, "SELECT q.\"ID\" FROM " + table("Question") + " q WHERE q.\"ACCEPTED_ANSWER_ID\" <> 0 AND "
                + "NOT EXISTS (SELECT 1 FROM " + table("Answer") + " a WHERE a.\"ID\" = q.\"ACCEPTED_ANSWER_ID\" AND "
                + "a.\"QUESTION_ID\" = q.\"ID\")")).as("accepted answers belong to their question").isEmpty();
        assertThat(rows(c, "SELECT a.\"ID\" FROM " + table("Answer") + " a WHERE a.\"UPVOTES\" <> "
                + "(SELECT COUNT(*) FROM " + table("QaVote") + " v WHERE v.\"POST\" = CONCAT('a:', a.\"ID\") AND v.\"VOTE_VALUE\" = 1) OR "
                + "a.\"DOWNVOTES\" <> (SELECT COUNT(*) FROM " + table("QaVote") + " v WHERE v.\"POST\" = CONCAT('a:', "
                + "a.\"ID\") AND v.\"VOTE_VALUE\" = -1)")).as("answer vote counts equal the votes").isEmpty();
        Map<Long, Long> accepted = new HashMap<>();
        for (List<Object> row : rows(c, "SELECT \"ID\", \"ACCEPTED_ANSWER_ID\" FROM " + table("Question"))) {
            accepted.put(((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue());
        }
        Map<String, Integer> qaVotes = new HashMap<>();
        for (List<Object> row : rows(c, "SELECT \"POST\", \"VOTER\", \"VOTE_VALUE\" FROM " + table("QaVote"))) {
            qaVotes.put(row.get(0) + "|" + row.get(1), ((Number) row.get(2)).intValue());
        }
        for (Client client : load.clients) {
            for (OwnQuestion q : client.questions) {
                assertThat(accepted.get(q.id)).as("accepted answer of question %d", q.id)
                        .isEqualTo(q.accepted == null ? 0L : q.accepted);
            }
            client.answerVotes.forEach((key, value) -> {
                String[] p = key.split("\\|");
                assertThat(qaVotes.getOrDefault("a:" + p[0] + "|" + p[1], 0)).as("answer vote %s", key)
                        .isEqualTo(value);
            });
        }
    }

    private void ledgerAddsUp(Connection c) throws SQLException {
        List<List<Object>> watermark = rows(c, "SELECT \"SETTING_VALUE\" FROM " + table("Setting")
                + " WHERE \"SETTING_KEY\" = 'kudos.rollup.watermark'");
        long last = watermark.isEmpty() ? 0 : Long.parseLong((String) watermark.get(0).get(0));
        Map<String, Long> ledger = sums(c, "SELECT \"USER_KEY\", SUM(\"POINTS\") FROM " + table("PointsEntry")
                + " GROUP BY \"USER_KEY\"");
        Map<String, Long> totals = sums(c, "SELECT \"USER_KEY\", SUM(\"POINTS\") FROM " + table("PointsTotal")
                + " WHERE \"PERIOD_KEY\" LIKE 'all:%:0' GROUP BY \"USER_KEY\"");
        Map<String, Long> tail = sums(c, "SELECT \"USER_KEY\", SUM(\"POINTS\") FROM " + table("PointsEntry")
                + " WHERE \"ID\" > " + last + " GROUP BY \"USER_KEY\"");
        Map<String, Long> rolledUpPlusTail = new TreeMap<>();
        totals.forEach((u, p) -> rolledUpPlusTail.merge(u, p, Long::sum));
        tail.forEach((u, p) -> rolledUpPlusTail.merge(u, p, Long::sum));
        rolledUpPlusTail.values().removeIf(p -> p == 0);
        Map<String, Long> ledgerNonZero = new TreeMap<>(ledger);
        ledgerNonZero.values().removeIf(p -> p == 0);
        assertThat(rolledUpPlusTail).as("rolled-up totals plus the ledger after the watermark (%d)", last)
                .isEqualTo(ledgerNonZero);
        report.add(String.format("  ledger: %s points per user, %d rows rolled up, watermark %d",
                ledgerNonZero, rows(c, "SELECT 1 FROM " + table("PointsEntry") + " WHERE \"ID\" <= " + last).size(),
                last));
        ledgerSums = ledgerNonZero;
    }

    private static Map<String, Long> sums(Connection c, String sql) throws SQLException {
        Map<String, Long> m = new TreeMap<>();
        for (List<Object> row : rows(c, sql)) {
            m.put((String) row.get(0), ((Number) row.get(1)).longValue());
        }
        return m;
    }

    /**
     * The same reads on both nodes give the same answers, and those say what the clients did. The reads run on a few
     * threads (the checks would otherwise take longer than the load).
     */
    private void bothNodesAnswerTheSame() throws Exception {
        List<Callable<Integer>> reads = new ArrayList<>();
        for (Client client : load.clients) {
            for (Issue issue : client.issues) {
                reads.add(() -> {
                    for (String user : ClusterClients.USERS) {
                        JsonNode votes = same("/rest/social/1.0/votes/issue/" + issue.key(), user);
                        long expectedCount = ClusterClients.USERS.stream()
                                .filter(u -> client.votes.get(u + "|" + issue.key())).count();
                        assertThat(votes.path("count").asLong()).as("vote count of %s", issue.key())
                                .isEqualTo(expectedCount);
                        assertThat(votes.path("voted").asBoolean()).as("%s voted on %s", user, issue.key())
                                .isEqualTo(client.votes.get(user + "|" + issue.key()));
                    }
                    same("/rest/api/2/issue/" + issue.key(), "alice");
                    return 2 * (ClusterClients.USERS.size() + 1);
                });
            }
            reads.add(() -> {
                JsonNode tag = same("/rest/social/1.0/hashtags/" + ClusterClients.tagOf(client.index), "alice");
                assertThat(tag.path("followers").asLong()).as("followers of #%s", ClusterClients.tagOf(client.index))
                        .isEqualTo(client.tagFollows.values().stream().filter(f -> f).count());
                return 2;
            });
            for (OwnQuestion q : client.questions) {
                reads.add(() -> {
                    JsonNode question = same("/rest/social/1.0/questions/" + q.id, q.asker);
                    assertThat(question.path("acceptedAnswerId").asLong(0)).as("accepted answer of %d", q.id)
                            .isEqualTo(q.accepted == null ? 0 : q.accepted);
                    for (JsonNode answer : question.path("answers")) {
                        long id = answer.path("id").asLong();
                        long upvotes = client.answerVotes.entrySet().stream()
                                .filter(e -> e.getKey().startsWith(id + "|") && e.getValue() == 1).count();
                        assertThat(answer.path("upvotes").asLong()).as("upvotes of answer %d", id)
                                .isEqualTo(upvotes);
                        assertThat(answer.path("accepted").asBoolean())
                                .isEqualTo(q.accepted != null && q.accepted == id);
                    }
                    return 2;
                });
            }
        }
        Map<String, Set<String>> expectedFollows = new HashMap<>();
        for (Client client : load.clients) {
            client.tagFollows.forEach((u, f) -> {
                if (f) {
                    expectedFollows.computeIfAbsent(u, k -> new TreeSet<>())
                            .add("hashtag:" + ClusterClients.tagOf(client.index));
                }
            });
            client.userFollows.forEach((pair, f) -> {
                if (f) {
                    String[] p = pair.split(">");
                    expectedFollows.computeIfAbsent(p[0], k -> new TreeSet<>()).add("user:" + p[1]);
                }
            });
        }
        for (String user : ClusterClients.USERS) {
            reads.add(() -> {
                JsonNode follows = same("/rest/social/1.0/follows", user);
                Set<String> actual = new TreeSet<>();
                for (JsonNode f : follows) {
                    String type = f.path("type").asText();
                    if (type.equals("user") || type.equals("hashtag") && f.path("id").asText().startsWith("tw")) {
                        actual.add(type + ":" + f.path("id").asText());
                    }
                }
                assertThat(actual).as("what %s follows", user)
                        .isEqualTo(expectedFollows.getOrDefault(user, Set.of()));
                same("/rest/social/1.0/kudos/users/" + user, user);
                return 4;
            });
        }
        reads.add(() -> {
            JsonNode board = same("/rest/social/1.0/kudos/leaderboard?period=all&limit=100", "admin");
            Map<String, Long> listed = new TreeMap<>();
            for (JsonNode row : board) {
                if (row.path("points").asLong() != 0) {
                    listed.put(row.path("user").asText(), row.path("points").asLong());
                }
            }
            assertThat(listed).as("the all-time leaderboard equals the ledger").isEqualTo(ledgerSums);
            return 2;
        });
        ExecutorService pool = Executors.newFixedThreadPool(CHECK_THREADS);
        int total = 0;
        try {
            for (Future<Integer> done : pool.invokeAll(reads, 5, TimeUnit.MINUTES)) {
                try {
                    total += done.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error; // an assertion: report it as such
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("check threads ended").isTrue();
        }
        report.add(String.format("  both nodes: %d reads, equal answers", total));
    }

    /** GETs the path as the user on both nodes; the answers (with each node's address made neutral) must be equal. */
    private JsonNode same(String path, String user) {
        Answer onA = load.send(nodeA, "GET", path, user, null);
        Answer onB = load.send(nodeB, "GET", path, user, null);
        assertThat(onA.status()).as("GET %s as %s on A: %s", path, user, onA.body()).isEqualTo(200);
        assertThat(onB.status()).as("GET %s as %s on B: %s", path, user, onB.body()).isEqualTo(200);
        String a = onA.body().toString().replace(nodeA.baseUrl(), "NODE");
        String b = onB.body().toString().replace(nodeB.baseUrl(), "NODE");
        assertThat(b).as("GET %s as %s: node B answers as node A", path, user).isEqualTo(a);
        return onA.body();
    }
}
