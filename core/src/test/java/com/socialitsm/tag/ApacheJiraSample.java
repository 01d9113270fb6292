package com.socialitsm.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The texts of the shared Apache Jira sample (10,000 issues, 83,816 comments in Jira wiki markup): every
 * non-empty summary, description and comment body.
 */
final class ApacheJiraSample {

    static final String FILE_NAME = "apache-jira-sample.jsonl.gz";

    /** One text of one issue; {@code field} is {@code summary}, {@code description} or {@code comment}. */
    record IssueText(String issueKey, String field, String text) {
    }

    private ApacheJiraSample() {
    }

    /** All texts, or empty when the shared data is not there. */
    static Optional<List<IssueText>> load() {
        return SharedData.file(FILE_NAME).map(ApacheJiraSample::read);
    }

    private static List<IssueText> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<IssueText> texts = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode issue = json.readTree(line);
                String key = issue.path("key").asText();
                add(texts, key, "summary", issue.path("summary"));
                add(texts, key, "description", issue.path("description"));
                for (JsonNode comment : issue.path("comments")) {
                    add(texts, key, "comment", comment.path("body"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return texts;
    }

    private static void add(List<IssueText> texts, String key, String field, JsonNode value) {
        if (value.isTextual() && !value.asText().isEmpty()) {
            texts.add(new IssueText(key, field, value.asText()));
        }
    }
}
