package com.socialitsm.bench.extraction;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import com.twitter.twittertext.Extractor;

import com.socialitsm.tag.HashtagExtractor;

/**
 * Hashtag extraction on one core, ours against plain twitter-text, side by side in one JMH run on the same texts.
 * One operation is one pass over the whole corpus (one call per text), so MB/s = corpus MB × operations per second.
 * twitter-text does less work (it knows no Jira markup, so it also "finds" {@code #include}); the comparison shows
 * what skipping markup costs, not which is more correct.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {
    /** Bytes of UTF-8 text per corpus; -Dbench.corpusBytes overrides (the quick run uses less). */
    static final long DEFAULT_CORPUS_BYTES = 16_000_000;

    @Param({"apache", "servicedesk"})
    public String corpus;

    private ExtractionCorpus texts;
    private final HashtagExtractor ours = new HashtagExtractor();
    private final Extractor twitter = new Extractor();

    @Setup
    public void load() {
        texts = ExtractionCorpus.of(corpus, Long.getLong("bench.corpusBytes", DEFAULT_CORPUS_BYTES));
        System.out.printf("%n[corpus %s: %,d texts, %,d bytes]%n", corpus, texts.texts().size(), texts.utf8Bytes());
        System.setProperty("bench.corpus." + corpus + ".bytes", Long.toString(texts.utf8Bytes()));
    }

    @Benchmark
    public void ours(Blackhole hole) {
        for (String text : texts.texts()) {
            hole.consume(ours.extract(text));
        }
    }

    @Benchmark
    public void twitterText(Blackhole hole) {
        for (String text : texts.texts()) {
            hole.consume(twitter.extractHashtags(text));
        }
    }
}
