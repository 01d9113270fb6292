package com.socialitsm.bench.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ExtractionBenchmark} through JMH's API (forked JVMs, warm-up, measured iterations) and turns
 * operations per second into MB/s of issue text.
 */
public final class ExtractionRun {

    /** One extractor on one corpus: MB/s with JMH's 99.9% error. */
    public record Throughput(String extractor, String corpus, long corpusBytes, double megabytesPerSecond,
            double error) {
    }

    private ExtractionRun() {
    }

    public static List<Throughput> run(boolean quick, String sharedDirectory) throws RunnerException {
        long corpusBytes = quick ? 2_000_000 : ExtractionBenchmark.DEFAULT_CORPUS_BYTES;
        // The forks measure; this JVM only needs each corpus's size, computed the same way.
        Map<String, Long> sizes = new TreeMap<>();
        for (String corpus : List.of("apache", "servicedesk")) {
            sizes.put(corpus, ExtractionCorpus.of(corpus, corpusBytes).utf8Bytes());
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName() + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(quick ? 1 : 5)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 10)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .jvmArgsAppend("-Xmx2g", "-Dsocial.shared=" + sharedDirectory, "-Dbench.corpusBytes=" + corpusBytes)
                .shouldFailOnError(true);
        Collection<RunResult> results = new Runner(options.build()).run();
        List<Throughput> throughputs = new ArrayList<>();
        for (RunResult result : results) {
            String corpus = result.getParams().getParam("corpus");
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            double opsPerSecond = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            double megabytes = sizes.get(corpus) / 1e6;
            throughputs.add(new Throughput(method, corpus, sizes.get(corpus), opsPerSecond * megabytes,
                    Double.isNaN(error) ? 0 : error * megabytes));
        }
        return throughputs;
    }
}
