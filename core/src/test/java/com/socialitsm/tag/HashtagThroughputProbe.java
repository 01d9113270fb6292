package com.socialitsm.tag;

import com.twitter.twittertext.Extractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Extraction throughput on one core over ~20 MB of real Apache Jira text, one call per summary,
 * description or comment as in production; ours against twitter-text. A rough probe, not a benchmark
 * (bench/ will hold JMH): it prints, and asserts nothing.
 *
 * <p>Run: {@code mvn -q -pl core -am test-compile && mvn -q -pl core exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=com.socialitsm.tag.HashtagThroughputProbe}
 */
public final class HashtagThroughputProbe {

    private static final long TARGET_BYTES = 20_000_000;

    private HashtagThroughputProbe() {
    }

    public static void main(String[] args) {
        Optional<List<ApacheJiraSample.IssueText>> sample = ApacheJiraSample.load();
        if (sample.isEmpty()) {
            System.err.println(SharedData.missingMessage(ApacheJiraSample.FILE_NAME));
            System.exit(1);
        }
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (ApacheJiraSample.IssueText text : sample.get()) {
            texts.add(text.text());
            bytes += text.text().getBytes(StandardCharsets.UTF_8).length;
            if (bytes >= TARGET_BYTES) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "%,d texts, %,d bytes of UTF-8%n", texts.size(), bytes);

        HashtagExtractor ours = new HashtagExtractor();
        measure("ours", texts, bytes, 5, 10, text -> ours.extract(text).size());

        Extractor twitter = new Extractor();
        measure("twitter-text", texts, bytes, 1, 2, text -> twitter.extractHashtags(text).size());
    }

    private static void measure(String name, List<String> texts, long bytes, int warmups, int runs, ToIntFunction<String> extractor) {
        long found = 0;
        for (int i = 0; i < warmups; i++) {
            found += pass(texts, extractor);
        }
        double[] megabytesPerSecond = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            found += pass(texts, extractor);
            megabytesPerSecond[i] = bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(megabytesPerSecond);
        System.out.printf(Locale.ROOT, "%-13s median %8.1f MB/s, best %8.1f MB/s over %d runs (%d warm-ups; %,d hashtags seen)%n",
                name, megabytesPerSecond[runs / 2], megabytesPerSecond[runs - 1], runs, warmups, found);
    }

    private static int pass(List<String> texts, ToIntFunction<String> extractor) {
        int found = 0;
        for (String text : texts) {
            found += extractor.applyAsInt(text);
        }
        return found;
    }
}
