package com.socialitsm.bench.extraction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.socialitsm.bench.replay.ApacheJiraSample;
import com.socialitsm.bench.workload.IssueHistory;
import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.bench.workload.WorkloadSize;

/**
 * The texts extraction is measured on, one extractor call per summary, description or comment as in production:
 * {@code apache} is real Jira wiki-markup text (few hashtags, many {@code #include}, colours and anchors in code and
 * links: the slow path for a markup-aware scanner), {@code servicedesk} is the generated tickets (short, with
 * hashtags).
 */
public record ExtractionCorpus(String name, List<String> texts, long utf8Bytes) {

    public static ExtractionCorpus of(String name, long maxBytes) {
        return switch (name) {
            case "apache" -> apache(maxBytes);
            case "servicedesk" -> serviceDesk(maxBytes);
            default -> throw new IllegalArgumentException("Unknown corpus " + name);
        };
    }

    static ExtractionCorpus apache(long maxBytes) {
        List<String> texts = new ArrayList<>();
        long[] bytes = {0};
        ApacheJiraSample.read(issues -> {
            if (!issues.isEmpty()) {
                for (String text : issues.get(issues.size() - 1).texts()) {
                    if (bytes[0] < maxBytes) {
                        texts.add(text);
                        bytes[0] += text.getBytes(StandardCharsets.UTF_8).length;
                    }
                }
            }
            return bytes[0] < maxBytes;
        });
        return new ExtractionCorpus("apache", List.copyOf(texts), bytes[0]);
    }

    static ExtractionCorpus serviceDesk(long maxBytes) {
        ServiceDesk desk = new ServiceDesk(WorkloadSize.MEDIUM, 42);
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; bytes < maxBytes && i < desk.size().issues(); i++) {
            IssueHistory issue = IssueHistory.generate(desk, i);
            List<String> parts = new ArrayList<>(List.of(issue.summary(), issue.description()));
            issue.events().forEach(e -> e.comment().ifPresent(parts::add));
            for (String text : parts) {
                texts.add(text);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return new ExtractionCorpus("servicedesk", List.copyOf(texts), bytes);
    }
}
