package com.socialitsm.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How much of a schema's tables and indexes is in the machine's page cache, read with util-linux's {@code fincore}
 * from PostgreSQL's own files. The machines here evict page cache untouched for about a minute (their kernel's DAMON
 * reclaim), so how much of a large data set is resident varies from run to run: printed with each measured line, so
 * that two runs are compared knowing what each started from (BENCHMARKS.md, session 9).
 *
 * <p>Empty when the server's files are not readable here (a server on another machine) or {@code fincore} is missing.
 */
public final class PageCache {
    private PageCache() {
    }

    /** The schema's files: bytes in the page cache of bytes in all, and the machine's load average at the time. */
    public record Residency(long cachedBytes, long totalBytes, double loadAverage) {
        public String describe() {
            return String.format(Locale.ROOT, "the data set's files %.0f%% in the page cache (%.1f of %.1f GB), "
                    + "load average %.1f", totalBytes == 0 ? 0 : 100.0 * cachedBytes / totalBytes, cachedBytes / 1e9,
                    totalBytes / 1e9, loadAverage);
        }
    }

    public static Optional<Residency> of(BenchDatabase database, String schema) {
        try {
            List<Path> files = files(database, schema);
            if (files.isEmpty()) {
                return Optional.empty();
            }
            return fincore(files);
        } catch (SQLException | IOException e) {
            // Not a superuser, no such setting, or no fincore to run: the cache cannot be read from here.
            return Optional.empty();
        }
    }

    /** Every segment file (1 GB each) of the schema's tables and indexes, where readable. */
    private static List<Path> files(BenchDatabase database, String schema) throws SQLException {
        List<Path> files = new ArrayList<>();
        try (Connection c = database.connect()) {
            Path dataDirectory;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW data_directory")) {
                rs.next();
                dataDirectory = Path.of(rs.getString(1));
            }
            try (PreparedStatement s = c.prepareStatement("SELECT pg_relation_filepath(c.oid) FROM pg_class c JOIN "
                    + "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'i')")) {
                s.setString(1, schema);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Path first = dataDirectory.resolve(rs.getString(1));
                        for (int segment = 0; ; segment++) {
                            Path file = segment == 0 ? first : Path.of(first + "." + segment);
                            if (!Files.isReadable(file)) {
                                break;
                            }
                            files.add(file);
                        }
                    }
                }
            }
        }
        return files;
    }

    /** The files' resident and total bytes, or empty when fincore fails on them. */
    private static Optional<Residency> fincore(List<Path> files) throws IOException {
        List<String> command = new ArrayList<>(List.of("fincore", "--bytes", "--noheadings", "--raw", "--output",
                "RES,SIZE"));
        files.forEach(file -> command.add(file.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return Optional.of(parse(output, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    /** Sums fincore's raw "RES SIZE" lines, one per file. */
    static Residency parse(String output, double loadAverage) {
        long cached = 0;
        long total = 0;
        for (String line : output.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 2) {
                cached += Long.parseLong(fields[0]);
                total += Long.parseLong(fields[1]);
            }
        }
        return new Residency(cached, total, loadAverage);
    }
}
