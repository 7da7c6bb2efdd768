package org.zhibiao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.quantity.QuantityExtractor;
import org.zhibiao.text.ReportParser;

/**
 * The hot path of extraction, on one thread (so the score is per core). One operation is one pass over the
 * whole corpus (the sample report and the 13 corpus reports): {@code extract} runs
 * {@link QuantityExtractor#extract} over every sentence, {@code parseAndAssemble} runs the core pipeline of a
 * file (parse, then assemble, which calls the extractor) over every document. {@link ExtractorBench} turns
 * operations per second into MB/s with the corpus size (UTF-8 bytes of the sentences, resp. of the files).
 *
 * <p>Written against the public API only, so that it measures whichever extractor is on the classpath.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Threads(1)
public class ExtractorBenchmark {

    /** Where the corpus is; bench/run.sh runs from the project folder. */
    static final String CORPUS = System.getProperty("zhibiao.corpus", "src/test/resources/corpus");

    private List<String> sentences;
    private List<CorpusGenerator.Source> documents;
    private QuantityExtractor extractor;
    private ReportParser parser;
    private IndicatorAssembler assembler;

    @Setup(Level.Trial)
    public void load() {
        documents = CorpusGenerator.load(Path.of(CORPUS));
        sentences = sentences(documents);
        extractor = new QuantityExtractor();
        parser = new ReportParser();
        assembler = new IndicatorAssembler(Taxonomy.defaults());
    }

    @Benchmark
    public void extract(Blackhole sink) {
        for (String sentence : sentences) {
            sink.consume(extractor.extract(sentence));
        }
    }

    @Benchmark
    public void parseAndAssemble(Blackhole sink) {
        for (CorpusGenerator.Source d : documents) {
            sink.consume(assembler.assemble(parser.parse(d.stem() + "." + d.extension(), d.text()), null, null));
        }
    }

    /** Sentences as a parser would cut them: at 。！？； and line ends, without markdown markers. */
    static List<String> sentences(List<CorpusGenerator.Source> documents) {
        List<String> out = new ArrayList<>();
        for (CorpusGenerator.Source d : documents) {
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < d.text().length(); i++) {
                char c = d.text().charAt(i);
                if (c != '\n' && c != '\r') {
                    current.append(c);
                }
                if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
                    String s = current.toString().replace("**", "").strip();
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                    current.setLength(0);
                }
            }
            String rest = current.toString().strip();
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        return out;
    }

    static long sentenceBytes(List<String> sentences) {
        return sentences.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    static long documentBytes(List<CorpusGenerator.Source> documents) {
        return documents.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
