package com.socialitsm.devhost.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The clients of the two-node test: each one a thread with its own share of the data (its issues, its hashtag, its
 * questions, some follow pairs), so that it alone changes that share and knows exactly what state it should end in.
 * Every request goes to a node picked at random, at a fixed pace ({@link #STEP_INTERVAL_MILLIS}). Each client records
 * what happened to every change it asked for:
 * <ul>
 * <li><b>acknowledged</b> (2xx) — must be in the database afterwards;</li>
 * <li><b>refused</b> (4xx) — must not be;</li>
 * <li><b>unknown</b> (a 5xx with a JSON error, a refused or broken connection, a timeout) — may or may not be, but
 * never half. Idempotent changes (votes, follows, accepts, answer votes) with an unknown outcome are sent again
 * after the load until acknowledged ({@link #settle}); for creations each carries a unique marker so that the check
 * can tell which of them exist.</li>
 * </ul>
 * Any 5xx but a JSON 503 {@code unavailable}, and any 4xx without a JSON message, is an unclean failure and
 * recorded as such.
 */
final class ClusterClients {
    static final List<String> USERS = List.of("admin", "alice", "bob", "carol", "dave");
    /** Each client sends at most one change every this long: 16 clients, at most 64 requests a second in all. */
    static final long STEP_INTERVAL_MILLIS = 250;
    static final ObjectMapper JSON = new ObjectMapper();

    enum Outcome { ACKNOWLEDGED, REFUSED, UNKNOWN }

    enum Kind { VOTE, FOLLOW, KUDOS, COMMENT, QUESTION, ANSWER, ACCEPT, ANSWER_VOTE }

    /** A creation the clients asked for, by its unique marker: what they were told, and the id when acknowledged. */
    record Creation(Kind kind, String marker, Outcome outcome, long id, String how) {
    }

    /** A question of one client: who asked, its answers (acknowledged), the answer accepted last. */
    static final class OwnQuestion {
        final long id;
        final String asker;
        final Map<Long, String> answers = new LinkedHashMap<>();
        Long accepted;
        boolean acceptUnsettled;

        OwnQuestion(long id, String asker) {
            this.id = id;
            this.asker = asker;
        }
    }

    /** One issue of the test: key and tracker id. */
    record Issue(String key, long id) {
    }

    private final List<NodeProcess> nodes;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    final List<Client> clients = new ArrayList<>();
    final ConcurrentLinkedQueue<String> uncleanFailures = new ConcurrentLinkedQueue<>();
    final AtomicLong requests = new AtomicLong();
    final Map<Outcome, AtomicLong> outcomes = new EnumMap<>(Outcome.class);
    final AtomicLong refusedConnections = new AtomicLong();
    final AtomicLong connectionErrors = new AtomicLong();
    final AtomicLong serverErrors = new AtomicLong();
    /** Per node name: writes (anything but a GET) acknowledged, and when the last one was (epoch millis). */
    private final Map<String, AtomicLong> acknowledgedWrites = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastAcknowledgedWrite = new ConcurrentHashMap<>();
    /** Per node name: requests sent and not answered yet. */
    private final Map<String, AtomicLong> inFlight = new ConcurrentHashMap<>();

    ClusterClients(List<NodeProcess> nodes, int count, List<List<Issue>> issuesPerClient) {
        this.nodes = nodes;
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, new AtomicLong());
        }
        List<String[]> userPairs = new ArrayList<>();
        for (String a : USERS) {
            for (String b : USERS) {
                if (!a.equals(b)) {
                    userPairs.add(new String[] {a, b});
                }
            }
        }
        for (int i = 0; i < count; i++) {
            Client c = new Client(i, issuesPerClient.get(i));
            for (int p = i; p < userPairs.size(); p += count) {
                c.userFollows.put(userPairs.get(p)[0] + ">" + userPairs.get(p)[1], false);
            }
            clients.add(c);
        }
    }

    static String tagOf(int client) {
        return "tw" + client;
    }

    // ---------------------------------------------------------------- HTTP

    /** The answer of one request, or null (with {@link Outcome#UNKNOWN}) when there was none. */
    record Answer(Outcome outcome, int status, JsonNode body, String how) {
        Answer(Outcome outcome, int status, JsonNode body) {
            this(outcome, status, body, "HTTP " + status);
        }
    }

    Answer send(NodeProcess node, String method, String path, String user, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofSeconds(45))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body == null) {
            // A bodiless write has no JSON content type, so the REST XSRF rule wants the token, as from any script.
            b.header("X-Atlassian-Token", "no-check").method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        requests.incrementAndGet();
        HttpResponse<String> response;
        AtomicLong pending = inFlight.computeIfAbsent(node.name(), n -> new AtomicLong());
        pending.incrementAndGet();
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.ConnectException e) {
            refusedConnections.incrementAndGet(); // nothing was sent
            return count(new Answer(Outcome.UNKNOWN, 0, null, "connection refused"));
        } catch (IOException e) {
            connectionErrors.incrementAndGet(); // sent, but the answer was lost: the truly unknown case
            return count(new Answer(Outcome.UNKNOWN, 0, null, e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return count(new Answer(Outcome.UNKNOWN, 0, null));
        } finally {
            pending.decrementAndGet();
        }
        JsonNode json = null;
        try {
            json = response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            // not JSON: judged below
        }
        int status = response.statusCode();
        if (status >= 500) {
            serverErrors.incrementAndGet();
            // The only server error a fault may cause: 503 "unavailable" while the database cannot be reached.
            if (json == null || status != 503 || !json.path("error").asText().equals("unavailable")
                    || !json.path("message").isTextual()) {
                uncleanFailures.add(method + " " + path + " on " + node.name() + " → " + status + " '"
                        + response.body() + "'");
            }
            return count(new Answer(Outcome.UNKNOWN, status, json));
        }
        if (status >= 400) {
            if (json == null || !json.path("message").isTextual()) {
                uncleanFailures.add(method + " " + path + " on " + node.name() + " → " + status + " '"
                        + response.body() + "'");
            }
            return count(new Answer(Outcome.REFUSED, status, json));
        }
        if (!method.equals("GET")) {
            acknowledgedWrites.computeIfAbsent(node.name(), n -> new AtomicLong()).incrementAndGet();
            lastAcknowledgedWrite.computeIfAbsent(node.name(), n -> new AtomicLong())
                    .accumulateAndGet(System.currentTimeMillis(), Math::max);
        }
        return count(new Answer(Outcome.ACKNOWLEDGED, status, json));
    }

    /** Writes this node acknowledged so far. */
    long acknowledgedWrites(NodeProcess node) {
        return acknowledgedWrites.computeIfAbsent(node.name(), n -> new AtomicLong()).get();
    }

    /**
     * Waits (at most the given time) until a request to the node is on its way or being served, so that a fault
     * injected next meets one in flight: at the clients' pace there are moments with none.
     */
    void awaitRequestInFlight(NodeProcess node, long maxMillis) {
        AtomicLong pending = inFlight.computeIfAbsent(node.name(), n -> new AtomicLong());
        long deadline = System.currentTimeMillis() + maxMillis;
        while (pending.get() == 0 && System.currentTimeMillis() < deadline) {
            pause(1);
        }
    }

    /** When this node last acknowledged a write (epoch millis), or 0. */
    long lastAcknowledgedWrite(NodeProcess node) {
        return lastAcknowledgedWrite.computeIfAbsent(node.name(), n -> new AtomicLong()).get();
    }

    private Answer count(Answer answer) {
        outcomes.get(answer.outcome()).incrementAndGet();
        return answer;
    }

    // ---------------------------------------------------------------- one client

    final class Client implements Runnable {
        final int index;
        final List<Issue> issues;
        final Random random;
        /** user|issueKey → should have voted. */
        final Map<String, Boolean> votes = new LinkedHashMap<>();
        /** user → should follow this client's hashtag. */
        final Map<String, Boolean> tagFollows = new LinkedHashMap<>();
        /** follower>followed → should follow. */
        final Map<String, Boolean> userFollows = new LinkedHashMap<>();
        /** answerId|voter → the vote value it should have. */
        final Map<String, Integer> answerVotes = new LinkedHashMap<>();
        /** Keys of the maps above (prefixed by kind) whose last change has an unknown outcome. */
        final Map<String, Boolean> unsettled = new LinkedHashMap<>();
        final List<Creation> creations = new ArrayList<>();
        final List<OwnQuestion> questions = new ArrayList<>();
        final Map<Kind, Integer> acknowledged = new EnumMap<>(Kind.class);
        private int sequence;
        volatile long until;

        Client(int index, List<Issue> issues) {
            this.index = index;
            this.issues = issues;
            this.random = new Random(1000L + index);
            for (Issue issue : issues) {
                for (String u : USERS) {
                    votes.put(u + "|" + issue.key(), false);
                }
            }
            for (String u : USERS) {
                tagFollows.put(u, false);
            }
        }

        /**
         * Steps at a fixed pace, the clients spread over the interval, whatever the answers: unpaced, 16 clients kept
         * two cores saturated, so a restarted node took about a minute to come up while node A answered thousands of
         * requests meanwhile, and every later check read through all they had written. A client that falls behind
         * (slow answers) does not burst to catch up. A dead node or database answers at once; the pace keeps that
         * from spinning too.
         */
        @Override
        public void run() {
            long next = System.currentTimeMillis() + STEP_INTERVAL_MILLIS * index / Math.max(1, clients.size());
            pause(next - System.currentTimeMillis());
            while (System.currentTimeMillis() < until && !Thread.currentThread().isInterrupted()) {
                step();
                next += STEP_INTERVAL_MILLIS;
                long now = System.currentTimeMillis();
                if (next > now) {
                    pause(next - now);
                } else {
                    next = now;
                }
            }
        }

        private NodeProcess node() {
            return nodes.get(random.nextInt(nodes.size()));
        }

        private String user() {
            return USERS.get(random.nextInt(USERS.size()));
        }

        private String otherUser(String than) {
            String u;
            do {
                u = user();
            } while (u.equals(than));
            return u;
        }

        private String marker(String kind) {
            return kind + " " + index + "-" + (++sequence);
        }

        private void acknowledged(Kind kind) {
            acknowledged.merge(kind, 1, Integer::sum);
        }

        Answer step() {
            int dice = random.nextInt(100);
            if (dice < 28) {
                return vote();
            } else if (dice < 42) {
                return follow();
            } else if (dice < 52) {
                return kudos();
            } else if (dice < 66) {
                return comment();
            } else if (dice < 73) {
                return question();
            } else if (dice < 86) {
                return answer();
            } else if (dice < 92) {
                return accept();
            }
            return answerVote();
        }

        private Answer vote() {
            Issue issue = issues.get(random.nextInt(issues.size()));
            String user = user();
            String key = user + "|" + issue.key();
            boolean want = !votes.get(key);
            Answer a = sendVote(node(), user, issue.key(), want);
            settle("vote|" + key, a);
            votes.put(key, want);
            if (a.outcome() == Outcome.ACKNOWLEDGED) {
                acknowledged(Kind.VOTE);
                if (a.body().path("voted").asBoolean() != want) {
                    uncleanFailures.add("vote " + key + " answered voted=" + a.body().path("voted"));
                }
            }
            return a;
        }

        private Answer sendVote(NodeProcess node, String user, String issueKey, boolean want) {
            return send(node, want ? "PUT" : "DELETE", "/rest/social/1.0/votes/issue/" + issueKey, user, null);
        }

        private Answer follow() {
            boolean tag = userFollows.isEmpty() || random.nextInt(3) > 0;
            if (tag) {
                String user = user();
                boolean want = !tagFollows.get(user);
                Answer a = sendFollow(node(), user, "hashtag", tagOf(index), want);
                settle("tag|" + user, a);
                tagFollows.put(user, want);
                return a;
            }
            List<String> pairs = new ArrayList<>(userFollows.keySet());
            String pair = pairs.get(random.nextInt(pairs.size()));
            String[] p = pair.split(">");
            boolean want = !userFollows.get(pair);
            Answer a = sendFollow(node(), p[0], "user", p[1], want);
            settle("user|" + pair, a);
            userFollows.put(pair, want);
            return a;
        }

        private Answer sendFollow(NodeProcess node, String user, String type, String id, boolean want) {
            Answer a = send(node, want ? "PUT" : "DELETE", "/rest/social/1.0/follows/" + type + "/" + id, user, null);
            if (a.outcome() == Outcome.ACKNOWLEDGED) {
                acknowledged(Kind.FOLLOW);
            }
            return a;
        }

        private Answer kudos() {
            String giver = user();
            String receiver = otherUser(giver);
            String marker = marker("k");
            Issue issue = issues.get(random.nextInt(issues.size()));
            Answer a = send(node(), "POST", "/rest/social/1.0/kudos", giver, json(Map.of("to", receiver,
                    "issueKey", issue.key(), "message", marker)));
            return created(Kind.KUDOS, marker, a, "id");
        }

        private Answer comment() {
            String marker = marker("c");
            Issue issue = issues.get(random.nextInt(issues.size()));
            Answer a = send(node(), "POST", "/rest/api/2/issue/" + issue.key() + "/comment", user(),
                    json(Map.of("body", marker + " #" + tagOf(index))));
            return created(Kind.COMMENT, marker, a, "id");
        }

        private Answer question() {
            String asker = user();
            String marker = marker("q");
            Answer a = send(node(), "POST", "/rest/social/1.0/questions", asker, json(Map.of(
                    "title", "Load question " + marker + " about the printer", "body", marker, "project", "SD")));
            created(Kind.QUESTION, marker, a, "id");
            if (a.outcome() == Outcome.ACKNOWLEDGED) {
                questions.add(new OwnQuestion(a.body().path("id").asLong(), asker));
            }
            return a;
        }

        private Answer answer() {
            if (questions.isEmpty()) {
                return question();
            }
            OwnQuestion q = questions.get(random.nextInt(questions.size()));
            String author = otherUser(q.asker);
            String marker = marker("a");
            Answer a = send(node(), "POST", "/rest/social/1.0/questions/" + q.id + "/answers", author,
                    json(Map.of("body", marker)));
            created(Kind.ANSWER, marker, a, "id");
            if (a.outcome() == Outcome.ACKNOWLEDGED) {
                q.answers.put(a.body().path("id").asLong(), author);
            }
            return a;
        }

        private Answer accept() {
            List<OwnQuestion> answered = questions.stream().filter(q -> !q.answers.isEmpty()).toList();
            if (answered.isEmpty()) {
                return answer();
            }
            OwnQuestion q = answered.get(random.nextInt(answered.size()));
            List<Long> ids = new ArrayList<>(q.answers.keySet());
            long answerId = ids.get(random.nextInt(ids.size()));
            Answer a = sendAccept(node(), q, answerId);
            if (a.outcome() == Outcome.REFUSED) {
                uncleanFailures.add("refused accept of answer " + answerId + ": " + a.status() + " " + a.body());
                return a;
            }
            q.accepted = answerId;
            q.acceptUnsettled = a.outcome() != Outcome.ACKNOWLEDGED;
            if (a.outcome() == Outcome.ACKNOWLEDGED && a.body().path("acceptedAnswerId").asLong() != answerId) {
                uncleanFailures.add("accept of " + answerId + " answered " + a.body().path("acceptedAnswerId"));
            }
            return a;
        }

        private Answer sendAccept(NodeProcess node, OwnQuestion q, long answerId) {
            Answer a = send(node, "PUT", "/rest/social/1.0/questions/" + q.id + "/accepted/" + answerId, q.asker, null);
            if (a.outcome() == Outcome.ACKNOWLEDGED) {
                acknowledged(Kind.ACCEPT);
            }
            return a;
        }

        private Answer answerVote() {
            List<OwnQuestion> answered = questions.stream().filter(q -> !q.answers.isEmpty()).toList();
            if (answered.isEmpty()) {
                return vote();
            }
            OwnQuestion q = answered.get(random.nextInt(answered.size()));
            List<Long> ids = new ArrayList<>(q.answers.keySet());
            long answerId = ids.get(random.nextInt(ids.size()));
            String voter = otherUser(q.answers.get(answerId));
            String key = answerId + "|" + voter;
            int want = answerVotes.getOrDefault(key, 0) == 1 ? 0 : 1;
            Answer a = sendAnswerVote(node(), answerId, voter, want);
            settle("answervote|" + key, a);
            answerVotes.put(key, want);
            return a;
        }

        private Answer sendAnswerVote(NodeProcess node, long answerId, String voter, int value) {
            Answer a = send(node, "PUT", "/rest/social/1.0/answers/" + answerId + "/vote", voter,
                    json(Map.of("value", value)));
            if (a.outcome() == Outcome.ACKNOWLEDGED) {
                acknowledged(Kind.ANSWER_VOTE);
            }
            return a;
        }

        private Answer created(Kind kind, String marker, Answer a, String idField) {
            long id = a.outcome() == Outcome.ACKNOWLEDGED ? a.body().path(idField).asLong() : 0;
            creations.add(new Creation(kind, marker, a.outcome(), id, a.how()));
            if (a.outcome() == Outcome.ACKNOWLEDGED) {
                acknowledged(kind);
            }
            return a;
        }

        /** Remembers an idempotent change whose outcome is unknown (or forgets it once one is acknowledged). */
        private void settle(String key, Answer a) {
            if (a.outcome() == Outcome.ACKNOWLEDGED) {
                unsettled.remove(key);
            } else if (a.outcome() == Outcome.UNKNOWN) {
                unsettled.put(key, true);
            } else {
                uncleanFailures.add("refused idempotent change " + key + ": " + a.status() + " " + a.body());
            }
        }

        /**
         * Sends every idempotent change with an unknown outcome again until a node acknowledges it, so the intended
         * state is known. Returns how many were sent again.
         */
        int settleAll(long deadlineMillis) {
            int resent = 0;
            for (String key : new ArrayList<>(unsettled.keySet())) {
                String[] p = key.split("\\|");
                Answer a;
                do {
                    resent++;
                    a = switch (p[0]) {
                        case "vote" -> sendVote(node(), p[1], p[2], votes.get(p[1] + "|" + p[2]));
                        case "tag" -> sendFollow(node(), p[1], "hashtag", tagOf(index), tagFollows.get(p[1]));
                        case "user" -> {
                            String[] pair = p[1].split(">");
                            yield sendFollow(node(), pair[0], "user", pair[1], userFollows.get(p[1]));
                        }
                        case "answervote" -> sendAnswerVote(node(), Long.parseLong(p[1]), p[2],
                                answerVotes.get(p[1] + "|" + p[2]));
                        default -> throw new IllegalStateException(key);
                    };
                    if (a.outcome() == Outcome.UNKNOWN) {
                        pause(200);
                    }
                } while (a.outcome() == Outcome.UNKNOWN && System.currentTimeMillis() < deadlineMillis);
                if (a.outcome() == Outcome.ACKNOWLEDGED) {
                    unsettled.remove(key);
                }
            }
            for (OwnQuestion q : questions) {
                while (q.acceptUnsettled && System.currentTimeMillis() < deadlineMillis) {
                    resent++;
                    Answer a = sendAccept(node(), q, q.accepted);
                    q.acceptUnsettled = a.outcome() != Outcome.ACKNOWLEDGED;
                    if (q.acceptUnsettled) {
                        pause(200);
                    }
                }
            }
            return resent;
        }

        boolean settled() {
            return unsettled.isEmpty() && questions.stream().noneMatch(q -> q.acceptUnsettled);
        }
    }

    static String json(Map<String, ?> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Acknowledged changes of each kind over all clients. */
    Map<Kind, Integer> acknowledgedByKind() {
        Map<Kind, Integer> sum = new EnumMap<>(Kind.class);
        for (Client c : clients) {
            c.acknowledged.forEach((k, n) -> sum.merge(k, n, Integer::sum));
        }
        return sum;
    }

    /** All creations of all clients by marker. */
    Map<String, Creation> creations() {
        Map<String, Creation> all = new HashMap<>();
        for (Client c : clients) {
            c.creations.forEach(x -> all.put(x.marker(), x));
        }
        return all;
    }
}
