package com.socialitsm.bench.http;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.socialitsm.bench.harness.Latencies;
import com.socialitsm.bench.load.BenchDatabase;
import com.socialitsm.bench.workload.TagVocabulary;

/**
 * End to end: the devhost (the whole app on Grizzly and Jersey) on PostgreSQL, under concurrent HTTP load from
 * {@code clients} threads over loopback with {@code java.net.http}: feed pages, tag pages, votes and comments (through
 * the demo tracker, so through the engine), as the five demo users with HTTP basic auth. Bounded both in requests and
 * in time. The devhost runs as its own process from {@code devhost/target/social-itsm-devhost.jar}, on a schema of
 * its own that is dropped afterwards.
 */
public final class DevhostLoad {
    private static final String SCHEMA = "bench_devhost";
    private static final String REST = "/rest/social/1.0";
    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave", "admin");
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([A-Z]+-\\d+)\"");

    /** One kind of request and what it measured. */
    public record Kind(String name, Latencies.Summary latency, int errors) {
    }

    /** What the load run measured. */
    public record Result(int clients, int seededIssues, long requests, double seconds, double requestsPerSecond,
            List<Kind> kinds, Latencies.Summary all, int errors, Map<Integer, Integer> statuses) {
    }

    private final Path jar;
    private final BenchDatabase database;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    public DevhostLoad(Path jar, BenchDatabase database, Consumer<String> log) {
        this.jar = jar;
        this.database = database;
        this.log = log;
    }

    public Result run(int clients, int issues, int maxRequests, Duration maxTime) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No devhost jar at " + jar + " (mvn -B -q install -DskipTests first)");
        }
        database.dropSchema(SCHEMA);
        database.ensureSchema(SCHEMA);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        String url = database.url() + "?currentSchema=" + SCHEMA;
        Path logFile = Files.createTempFile("devhost-load", ".log");
        // The per-user write limit is lifted: 16 clients acting as a handful of users would otherwise measure 429s.
        Process devhost = new ProcessBuilder("java", "-Xmx2g", "-Dsocialitsm.rate.writeBurst=1000000",
                "-Dsocialitsm.rate.writesPerMinute=1000000", "-jar", jar.toString(), "--port", Integer.toString(port),
                "--db", url, "--db-user", database.user(), "--db-password", database.password(), "--no-demo")
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        try {
            awaitStatus(Duration.ofSeconds(180), devhost, logFile);
            List<String> keys = seed(issues);
            log.accept(String.format(Locale.ROOT, "  devhost on port %d, %d issues seeded; warming up, then %d clients "
                    + "for at most %,d requests or %d s", port, keys.size(), clients, maxRequests, maxTime.toSeconds()));
            // The devhost's JIT and both pools warm up first; that load is not counted.
            load(clients, keys, Math.max(100, maxRequests / 5), maxTime.dividedBy(4));
            return load(clients, keys, maxRequests, maxTime);
        } finally {
            devhost.destroy();
            if (!devhost.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                devhost.destroyForcibly();
            }
            database.dropSchema(SCHEMA);
        }
    }

    private void awaitStatus(Duration timeout, Process devhost, Path logFile) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!devhost.isAlive()) {
                throw new IllegalStateException("devhost exited: " + Files.readString(logFile));
            }
            try {
                HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(base + "/status"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (status.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("devhost did not answer /status in " + timeout);
    }

    /** Issues in project SD with hashtags from the head of the vocabulary, some comments, follows for every user. */
    private List<String> seed(int issues) throws Exception {
        TagVocabulary tags = new TagVocabulary(200);
        SplittableRandom random = new SplittableRandom(7);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            String tagA = tags.tag(random.nextInt(20));
            String tagB = tags.tag(random.nextInt(200));
            String body = "{\"fields\": {\"project\": {\"key\": \"SD\"}, \"summary\": \"Load issue " + i + " #" + tagA
                    + "\", \"description\": \"Seeded for the load test, see #" + tagB + ".\", "
                    + "\"issuetype\": {\"name\": \"Incident\"}}}";
            HttpResponse<String> created = send("alice", "POST", "/rest/api/2/issue", body);
            Matcher key = KEY.matcher(created.body());
            if (created.statusCode() != 201 || !key.find()) {
                throw new IllegalStateException("Creating an issue failed: " + created.statusCode() + " "
                        + created.body());
            }
            keys.add(key.group(1));
        }
        for (String user : USERS) {
            for (int t = 0; t < 10; t++) {
                send(user, "PUT", REST + "/follows/hashtag/" + tags.tag(t), null);
            }
            for (int i = 0; i < 20; i++) {
                send(user, "PUT", REST + "/follows/issue/" + keys.get(random.nextInt(keys.size())), null);
            }
        }
        return keys;
    }

    private Result load(int clients, List<String> keys, int maxRequests, Duration maxTime) throws Exception {
        TagVocabulary tags = new TagVocabulary(200);
        String[] kinds = {"feed page", "tag page", "vote", "comment"};
        Map<String, Latencies> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        for (String kind : kinds) {
            latencies.put(kind, new Latencies(maxRequests));
            errors.put(kind, new AtomicInteger());
        }
        AtomicLong issued = new AtomicLong();
        long deadline = System.nanoTime() + maxTime.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(1000 + client);
                String user = USERS.get(client % USERS.size());
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                    int roll = random.nextInt(100);
                    String kind;
                    String method;
                    String path;
                    String body = null;
                    String key = keys.get(random.nextInt(keys.size()));
                    if (roll < 40) {
                        kind = kinds[0];
                        method = "GET";
                        path = REST + "/feed?limit=20";
                    } else if (roll < 70) {
                        kind = kinds[1];
                        method = "GET";
                        path = REST + "/hashtags/" + tags.tag(random.nextInt(20)) + "?limit=20";
                    } else if (roll < 85) {
                        kind = kinds[2];
                        method = random.nextBoolean() ? "PUT" : "DELETE";
                        path = REST + "/votes/issue/" + key;
                    } else {
                        kind = kinds[3];
                        method = "POST";
                        path = "/rest/api/2/issue/" + key + "/comment";
                        body = "{\"body\": \"Same here, load client " + client + " #" + tags.tag(random.nextInt(50))
                                + "\"}";
                    }
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = send(user, method, path, body).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long elapsed = System.nanoTime() - t0;
                    Latencies l = latencies.get(kind);
                    synchronized (l) {
                        l.add(elapsed);
                    }
                    statuses.merge(status, 1, Integer::sum);
                    // A hidden issue is a 404 by design (dave cannot see SEC; all seeded issues are in SD).
                    if (status < 200 || status >= 300) {
                        errors.get(kind).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Latencies all = new Latencies(maxRequests);
        List<Kind> results = new ArrayList<>();
        long requests = 0;
        int totalErrors = 0;
        for (String kind : kinds) {
            Latencies l = latencies.get(kind);
            results.add(new Kind(kind, l.summary(), errors.get(kind).get()));
            requests += l.count();
            totalErrors += errors.get(kind).get();
            l.forEach(all::add);
        }
        return new Result(clients, keys.size(), requests, seconds, requests / seconds, results, all.summary(),
                totalErrors, new LinkedHashMap<>(new java.util.TreeMap<>(statuses)));
    }

    private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
