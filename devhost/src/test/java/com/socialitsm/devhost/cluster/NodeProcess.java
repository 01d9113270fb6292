package com.socialitsm.devhost.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.socialitsm.devhost.DevHost;

/**
 * One devhost node as a separate JVM (the main class on the test's class path), so that it can be killed with
 * SIGKILL. It keeps its port across restarts, as a cluster node behind a load balancer does. Its output goes to a
 * log file (appended across restarts) in the test's directory.
 */
final class NodeProcess implements AutoCloseable {
    private final String name;
    private final String jdbcUrl;
    private final int port;
    private final Path log;
    private volatile Process process;
    private int starts;

    NodeProcess(String name, String jdbcUrl, Path logDir) throws IOException {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.port = freePort();
        this.log = logDir.resolve("node-" + name + ".log");
        Files.deleteIfExists(log);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Kills the node if the test JVM is stopped (Ctrl-C in Maven) before {@link #close()} ran. */
    private final Thread shutdownHook = new Thread(() -> {
        if (process != null) {
            process.destroyForcibly();
        }
    }, "devhost-node-cleanup");

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /**
     * Starts the JVM and waits until {@code /status} answers (at most 180 s: in CI the node starts beside the browser
     * tests and both database suites on two cores, where a start after a SIGKILL once took over 90 s).
     */
    void start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.writeString(log, "=== start " + (++starts) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        // C1 only, as the test JVMs (the root pom): a node lives a few minutes and its start is what the test waits on.
        process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-Xss512k",
                "-XX:TieredStopAtLevel=1",
                // Clients here write far faster than a person: lift the per-user write limit (tested elsewhere).
                "-Dsocialitsm.rate.writeBurst=1000000", "-Dsocialitsm.rate.writesPerMinute=1000000",
                "-cp", System.getProperty("java.class.path"), DevHost.class.getName(),
                "--port", Integer.toString(port), "--bind", "127.0.0.1", "--no-demo", "--db", jdbcUrl))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> status = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/status"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (status.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Node " + name + " did not become ready: " + Files.readString(log));
    }

    /** SIGKILL: no shutdown hook, no graceful stop; transactions in flight die with their connections. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** SIGTERM, then SIGKILL if it has not stopped within 20 s. */
    @Override
    public void close() throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
