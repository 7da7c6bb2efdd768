package org.zhibiao.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ExtractorBenchmark} and reports MB/s per core: JMH's operations per second times the MB one
 * operation reads. Usage: {@code ExtractorBench [--quick]} (--quick: 2 warm-up and 3 measured iterations of
 * 1 s, for a smoke run; the figures to quote come from the default 3 + 5 iterations of 2 s).
 */
public final class ExtractorBench {

    private ExtractorBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        List<CorpusGenerator.Source> documents = CorpusGenerator.load(Path.of(ExtractorBenchmark.CORPUS));
        List<String> sentences = ExtractorBenchmark.sentences(documents);
        double sentenceMb = ExtractorBenchmark.sentenceBytes(sentences) / 1e6;
        double documentMb = ExtractorBenchmark.documentBytes(documents) / 1e6;
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(ExtractorBenchmark.class.getName() + "\\.");
        builder.jvmArgsAppend("-Dzhibiao.corpus=" + ExtractorBenchmark.CORPUS);
        if (quick) {
            builder.warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.printf("%ncorpus: %d documents, %.2f MB; %d sentences, %.2f MB%n", documents.size(), documentMb,
                sentences.size(), sentenceMb);
        System.out.println("| benchmark | ops/s | ± (99.9%) | MB per op | MB/s per core |");
        System.out.println("|---|---|---|---|---|");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double mb = name.equals("extract") ? sentenceMb : documentMb;
            double score = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.1f ± %.1f |%n", name, score, error, mb, score * mb,
                    error * mb);
        }
    }
}
