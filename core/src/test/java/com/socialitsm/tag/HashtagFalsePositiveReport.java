package com.socialitsm.tag;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many of the hashtags found in the Apache Jira sample look like false positives, for our extractor,
 * twitter-text and a naive {@code #\w+} regex. Apache issue text has almost no real hashtags, so nearly
 * everything found is noise; what looks like noise for sure is counted: C preprocessor words, hex colours
 * and bare numbers.
 *
 * <p>Run: {@code mvn -q -pl core -am test-compile && mvn -q -pl core exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=com.socialitsm.tag.HashtagFalsePositiveReport}
 */
public final class HashtagFalsePositiveReport {

    private static final Set<String> PREPROCESSOR = Set.of(
            "include", "define", "undef", "ifdef", "ifndef", "elif", "endif", "pragma");
    private static final Pattern HEX_COLOUR = Pattern.compile("[0-9a-f]{3}|[0-9a-f]{6}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern NAIVE = Pattern.compile("#(\\w+)");

    private HashtagFalsePositiveReport() {
    }

    public static void main(String[] args) {
        Optional<List<ApacheJiraSample.IssueText>> sample = ApacheJiraSample.load();
        if (sample.isEmpty()) {
            System.err.println(SharedData.missingMessage(ApacheJiraSample.FILE_NAME));
            System.exit(1);
        }
        List<ApacheJiraSample.IssueText> texts = sample.get();
        long issues = texts.stream().map(ApacheJiraSample.IssueText::issueKey).distinct().count();
        long comments = texts.stream().filter(t -> t.field().equals("comment")).count();
        System.out.printf(Locale.ROOT, "Apache Jira sample: %,d issues, %,d comments, %,d non-empty texts%n%n", issues, comments, texts.size());

        HashtagExtractor ours = new HashtagExtractor();
        Extractor twitter = new Extractor();
        Tally oursTally = tally(texts, ours::extractTags);
        Tally twitterTally = tally(texts, text -> twitter.extractHashtags(text));
        Tally naiveTally = tally(texts, HashtagFalsePositiveReport::naive);

        System.out.println("Tags per text (distinct within a text, lower-cased): what a store of text tags would hold.");
        System.out.printf(Locale.ROOT, "%-14s %9s %9s %9s %11s %8s %8s %8s %9s %8s%n", "extractor", "texts", "w/ tags", "tags",
                "distinct", "preproc", "colour", "number", "FP-like", "FP rate");
        print("ours", oursTally);
        print("twitter-text", twitterTally);
        print("naive #\\w+", naiveTally);

        Set<String> oursDistinct = oursTally.counts.keySet();
        long naiveAlsoOurs = naiveTally.counts.entrySet().stream().filter(e -> oursDistinct.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf(Locale.ROOT, "%nnaive #\\w+ finds %,d tags; %,d of them are tags we also find somewhere (%.1f%%)%n",
                naiveTally.tags, naiveAlsoOurs, 100.0 * naiveAlsoOurs / naiveTally.tags);

        System.out.println("\nOur 40 most frequent tags (count = texts):");
        oursTally.counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(40)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-28s %,6d%s%n", e.getKey(), e.getValue(), looksFalse(e.getKey()) ? "  FP-like" : ""));
    }

    private static List<String> naive(String text) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = NAIVE.matcher(text);
        while (matcher.find()) {
            tags.add(matcher.group(1));
        }
        return tags;
    }

    private static Tally tally(List<ApacheJiraSample.IssueText> texts, Function<String, List<String>> extractor) {
        Tally tally = new Tally();
        for (ApacheJiraSample.IssueText text : texts) {
            Set<String> tags = new LinkedHashSet<>();
            for (String tag : extractor.apply(text.text())) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
            tally.texts++;
            tally.textsWithTags += tags.isEmpty() ? 0 : 1;
            for (String tag : tags) {
                tally.tags++;
                tally.counts.merge(tag, 1L, Long::sum);
                if (PREPROCESSOR.contains(tag)) {
                    tally.preprocessor++;
                } else if (HEX_COLOUR.matcher(tag).matches() && !DIGITS.matcher(tag).matches()) {
                    tally.colour++;
                } else if (DIGITS.matcher(tag).matches()) {
                    tally.number++;
                }
            }
        }
        return tally;
    }

    private static boolean looksFalse(String tag) {
        return PREPROCESSOR.contains(tag) || HEX_COLOUR.matcher(tag).matches() || DIGITS.matcher(tag).matches();
    }

    private static void print(String name, Tally tally) {
        long falseLike = tally.preprocessor + tally.colour + tally.number;
        System.out.printf(Locale.ROOT, "%-14s %,9d %,9d %,9d %,11d %,8d %,8d %,8d %,9d %7.1f%%%n", name, tally.texts, tally.textsWithTags,
                tally.tags, tally.counts.size(), tally.preprocessor, tally.colour, tally.number, falseLike,
                tally.tags == 0 ? 0.0 : 100.0 * falseLike / tally.tags);
    }

    private static final class Tally {
        long texts;
        long textsWithTags;
        long tags;
        long preprocessor;
        long colour;
        long number;
        final Map<String, Long> counts = new HashMap<>();
    }
}
