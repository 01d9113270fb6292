package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The devhost as a process: it prints its address when ready and stops cleanly on SIGTERM. */
class ShutdownTest {
    private static final Pattern READY = Pattern.compile("ready at (http://127\\.0\\.0\\.1:\\d+)");

    @Test
    void startsOnH2InTheDataDirectoryAndStopsOnSigterm(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("data");
        Path log = dir.resolve("devhost.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                DevHost.class.getName(), "--port", "0", "--no-demo", "--data-dir", dataDir.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String base = null;
            for (int i = 0; i < 600 && base == null && process.isAlive(); i++) {
                Matcher m = READY.matcher(Files.readString(log));
                if (m.find()) {
                    base = m.group(1);
                } else {
                    Thread.sleep(100);
                }
            }
            assertThat(base).as(Files.readString(log)).isNotNull();
            HttpResponse<String> status = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/status")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(status.body()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(dataDir.resolve("social-itsm.mv.db")).exists();

            process.destroy(); // SIGTERM: the shutdown hook stops the server and closes the pool
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(log)).contains("Social ITSM devhost stopped.");
        } finally {
            process.destroyForcibly();
        }
    }
}
