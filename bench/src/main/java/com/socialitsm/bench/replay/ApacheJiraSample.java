package com.socialitsm.bench.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The 10,000 real Apache Jira issues (83,816 comments) of {@code shared/data/apache-jira-sample.jsonl.gz}, read at
 * run time from the shared directory beside the checkout ({@code -Dsocial.shared} to point elsewhere). Never copied
 * into the repository: it is for benchmarking only.
 */
public final class ApacheJiraSample {
    public static final String FILE_NAME = "apache-jira-sample.jsonl.gz";
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    public record Comment(String id, String author, Instant created, String body) {
    }

    public record Issue(String key, String project, String summary, String description, String status,
            String resolution, String reporter, String assignee, Instant created, Optional<Instant> resolved,
            List<Comment> comments) {

        /** Summary, description and comments: the texts hashtags are extracted from. */
        public List<String> texts() {
            List<String> texts = new ArrayList<>();
            texts.add(summary);
            if (!description.isEmpty()) {
                texts.add(description);
            }
            comments.forEach(c -> texts.add(c.body()));
            return texts;
        }
    }

    private ApacheJiraSample() {
    }

    /** The sample file; fails with where it was looked for when it is not there. */
    public static Path file() {
        Path file = expectedPath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(missing());
        }
        return file;
    }

    /** Whether the shared data (read from beside the checkout, never copied into it) is there. */
    public static boolean available() {
        return Files.isRegularFile(expectedPath());
    }

    public static String missing() {
        return FILE_NAME + " not found at " + expectedPath()
                + " (set -Dsocial.shared=<dir holding data/> or SOCIAL_SHARED)";
    }

    private static Path expectedPath() {
        String configured = System.getProperty("social.shared", System.getenv().getOrDefault("SOCIAL_SHARED", ""));
        Path shared;
        if (!configured.isBlank()) {
            shared = Paths.get(configured);
        } else {
            Path root = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
            while (root.getParent() != null && Files.isRegularFile(root.getParent().resolve("pom.xml"))) {
                root = root.getParent();
            }
            shared = root.resolveSibling("shared");
        }
        return shared.resolve("data").resolve(FILE_NAME).toAbsolutePath().normalize();
    }

    /** Reads issues in file order until {@code more} says stop (it sees each issue after it is read). */
    public static List<Issue> read(Predicate<List<Issue>> more) {
        ObjectMapper json = new ObjectMapper();
        List<Issue> issues = new ArrayList<>();
        Path file = file();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && more.test(issues); line = lines.readLine()) {
                issues.add(parse(json.readTree(line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return issues;
    }

    public static List<Issue> readAll() {
        return read(issues -> true);
    }

    private static Issue parse(JsonNode issue) {
        List<Comment> comments = new ArrayList<>();
        for (JsonNode comment : issue.path("comments")) {
            comments.add(new Comment(comment.path("id").asText(), comment.path("author").path("name").asText("anonymous"),
                    time(comment.path("created")).orElse(Instant.EPOCH), comment.path("body").asText("")));
        }
        return new Issue(issue.path("key").asText(), issue.path("project").asText(), issue.path("summary").asText(""),
                issue.path("description").asText(""), issue.path("status").asText(""),
                issue.path("resolution").asText(""), issue.path("reporter").path("name").asText("anonymous"),
                issue.path("assignee").path("name").asText(""), time(issue.path("created")).orElse(Instant.EPOCH),
                time(issue.path("resolutiondate")), comments);
    }

    private static Optional<Instant> time(JsonNode value) {
        if (!value.isTextual() || value.asText().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OffsetDateTime.parse(value.asText(), JIRA_TIME).toInstant());
    }
}
