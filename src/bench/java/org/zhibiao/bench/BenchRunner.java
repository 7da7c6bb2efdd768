package org.zhibiao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole-job benchmark of issue 8. For each N: generate the corpus, run the job as a child JVM exactly as
 * an operator would ({@code java -Xmx512m -jar target/zhibiao.jar --input-dir=... --output-dir=...
 * --threads=2}), then run the floor ({@link Floor}) on the same bytes with the same number of rows, and print
 * one table row: documents, MB, indicators, wall and CPU seconds, MB/s, indicators/s, peak RSS and heap,
 * per-step seconds, and job / floor.
 *
 * <p>Options (all optional): {@code --sizes=100,1000,10000 --jar=target/zhibiao.jar --work=target/bench-work
 * --corpus=src/test/resources/corpus --threads=2 --xmx=512m --seed=8 --tiny --timeout=1200 --keep
 * --results=FILE --jfr --step-name-index}. --jfr records the job (job.jfr in the run folder; add --keep);
 * --step-name-index measures the proposed JobRepository index (see {@link #addStepNameIndex}); --spring.*
 * options pass through to the job (PostgreSQL: one N per empty database). The floor runs
 * on this JVM's classpath (bench/run.sh builds it).
 */
public final class BenchRunner {

    private static final Pattern STEP = Pattern.compile(
            "step (\\w+) (\\w+) read=(\\d+) written=(\\d+) skipped=(\\d+) in ([\\d.]+) s");
    private static final Pattern PARTITION = Pattern.compile(
            "step (extractFile|loadFile):\\S+ \\w+ read=\\d+ written=\\d+ skipped=\\d+ in ([\\d.]+) s");
    private static final Pattern FLOOR = Pattern.compile("floor rows=(\\d+) bytes=(\\d+) seconds=([\\d.]+)");
    private static final List<String> STEPS = List.of("survey", "extract", "load", "crossCheck", "export");

    private BenchRunner() {
    }

    /** One N: what the job did and what the floor did on the same input. */
    record Result(int documents, double megabytes, long indicators, ChildRun job, Map<String, Double> steps,
            double splitSeconds, int partitions, double partitionSeconds, String failure, ChildRun floor,
            double floorInnerSeconds) {

        double ratio() {
            return job.wallSeconds() / floor.wallSeconds();
        }

        double cpuRatio() {
            return job.cpuSeconds() / floor.cpuSeconds();
        }
    }

    private static final Pattern LOG_TIME = Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2} (\\d{2}):(\\d{2}):(\\d{2}) ");

    /**
     * The partition split, from the log (whole seconds): from the end of survey to the first staged report,
     * so it includes that report's own (short) work. NaN when the log does not tell.
     */
    static double splitSeconds(String log) {
        int survey = log.indexOf("step survey ");
        int first = log.indexOf("files - extracted ");
        if (survey < 0 || first < 0) {
            return Double.NaN;
        }
        double seconds = time(log, first) - time(log, survey);
        return seconds < 0 ? seconds + 24 * 3600 : seconds;
    }

    private static double time(String log, int at) {
        int start = log.lastIndexOf('\n', at) + 1;
        Matcher m = LOG_TIME.matcher(log.substring(start, Math.min(log.length(), start + 40)));
        return m.find() ? Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
                + Integer.parseInt(m.group(3)) : Double.NaN;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        List<Integer> sizes = Stream.of(o.getOrDefault("sizes", "100,1000,10000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        Path jar = Path.of(o.getOrDefault("jar", "target/zhibiao.jar")).toAbsolutePath();
        Path work = Path.of(o.getOrDefault("work", "target/bench-work")).toAbsolutePath();
        Path corpusDir = Path.of(o.getOrDefault("corpus", "src/test/resources/corpus"));
        String threads = o.getOrDefault("threads", "2");
        String xmx = o.getOrDefault("xmx", "512m");
        long seed = Long.parseLong(o.getOrDefault("seed", "8"));
        boolean tiny = o.containsKey("tiny");
        boolean keep = o.containsKey("keep");
        long timeout = Long.parseLong(o.getOrDefault("timeout", "1200"));
        Path results = Path.of(o.getOrDefault("results", work.resolve("results.md").toString()));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": build it first (mvn -o -q -Pbench package -DskipTests)");
        }
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.load(corpusDir));
        Files.createDirectories(work);
        String header = String.format("%n### %s  (threads=%s, -Xmx%s%s%s, seed=%d)%n%n%s%n%s%n", Instant.now(),
                threads, xmx, tiny ? ", tiny documents" : "", o.containsKey("step-name-index")
                        ? ", with the step-name index" : "", seed, Table.HEADER, Table.RULE);
        System.out.print(header);
        Files.writeString(results, header, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        for (int n : sizes) {
            Path runDir = work.resolve((tiny ? "tiny-" : "n-") + n);
            delete(runDir);
            Path input = runDir.resolve("input");
            Path output = runDir.resolve("output");
            CorpusGenerator.Corpus corpus = generator.generate(input, n, seed, tiny);
            Files.createDirectories(output);
            if (o.containsKey("step-name-index")) {
                addStepNameIndex(jar, output, runDir);
            }
            List<String> jvm = new ArrayList<>(List.of("-Xmx" + xmx));
            if (o.containsKey("jfr")) {
                jvm.add("-XX:StartFlightRecording=filename=" + runDir.resolve("job.jfr") + ",settings=profile");
            }
            List<String> jobArgs = new ArrayList<>(List.of("-jar", jar.toString(), "--input-dir=" + input,
                    "--output-dir=" + output, "--threads=" + threads, "--run-date=2026-01-01"));
            // Spring settings pass through to the job, e.g. --spring.datasource.url=jdbc:postgresql://... (give
            // each N its own empty database: the run date is the same for every N).
            o.forEach((name, value) -> {
                if (name.startsWith("spring.")) {
                    jobArgs.add("--" + name + "=" + value);
                }
            });
            ChildRun job = ChildRun.run(jvm, jobArgs, runDir.resolve("job.log"), timeout);
            Result r = measure(corpus, job, runDir, xmx, timeout, o.containsKey("fast-floor"));
            String line = Table.row(r);
            System.out.println(line);
            Files.writeString(results, line + System.lineSeparator(), StandardOpenOption.APPEND);
            if (!keep) {
                delete(input);
                delete(output);
            }
        }
        System.out.println();
        System.out.println("results appended to " + results);
    }

    /**
     * The proposed fix for the partition split (docs/performance.md): Spring Batch looks up the last execution
     * of every partition by step name, which without an index scans all step executions of the job execution
     * (quadratic in the number of files). Creates the JobRepository tables with a run on an empty folder, then
     * the index, before the measured run.
     */
    private static void addStepNameIndex(Path jar, Path output, Path runDir) throws Exception {
        Path empty = Files.createDirectories(runDir.resolve("empty"));
        ChildRun prepare = ChildRun.run(List.of("-Xmx512m"), List.of("-jar", jar.toString(), "--input-dir=" + empty,
                "--output-dir=" + output, "--run-date=2000-01-01"), runDir.resolve("prepare.log"), 300);
        if (prepare.exitCode() != 0) {
            throw new IllegalStateException("preparing run failed: " + prepare.text());
        }
        String url = "jdbc:h2:file:" + output.resolve(".state").resolve("zhibiao");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS zb_batch_step_name ON BATCH_STEP_EXECUTION"
                    + " (STEP_NAME, JOB_EXECUTION_ID)");
        }
        Files.delete(empty);
    }

    private static Result measure(CorpusGenerator.Corpus corpus, ChildRun job, Path runDir, String xmx,
            long timeout, boolean fastFloor) throws IOException, InterruptedException {
        String log = job.text();
        Map<String, Double> steps = new LinkedHashMap<>();
        long indicators = 0;
        Matcher m = STEP.matcher(log);
        while (m.find()) {
            steps.put(m.group(1), Double.parseDouble(m.group(6)));
            if (m.group(1).equals("export")) {
                // export reads every indicator row of the run (report records are lines, so extract's written
                // count is lines, not indicators)
                indicators = Long.parseLong(m.group(3));
            }
        }
        double split = splitSeconds(log);
        int partitions = 0;
        double partitionSeconds = 0;
        Matcher p = PARTITION.matcher(log);
        while (p.find()) {
            partitions++;
            partitionSeconds += Double.parseDouble(p.group(2));
        }
        String failure = job.exitCode() == 0 ? "" : failure(log, job.exitCode());
        // The floor writes as many rows as the job staged (its workbook rows), at least one.
        ChildRun floor = ChildRun.run(List.of("-Xmx" + xmx, "-cp", System.getProperty("java.class.path")),
                List.of(Floor.class.getName(), corpus.dir().toString(), runDir.resolve("floor.xlsx").toString(),
                        String.valueOf(Math.max(1, indicators)), fastFloor ? "fast-deflate" : "plain"),
                runDir.resolve("floor.log"), timeout);
        Matcher f = FLOOR.matcher(floor.text());
        double inner = f.find() ? Double.parseDouble(f.group(3)) : Double.NaN;
        Files.deleteIfExists(runDir.resolve("floor.xlsx"));
        return new Result(corpus.documents(), corpus.megabytes(), indicators, job, steps, split, partitions,
                partitionSeconds, failure, floor, inner);
    }

    private static String failure(String log, int exit) {
        if (log.contains("OutOfMemoryError")) {
            Matcher step = Pattern.compile("step (\\w+) FAILED").matcher(log);
            return "OutOfMemoryError" + (step.find() ? " in " + step.group(1) : "") + " (exit " + exit + ")";
        }
        return exit == -1 ? "timed out" : "exit " + exit;
    }

    /** The markdown table the runner prints and docs/performance.md quotes. */
    static final class Table {
        static final String HEADER = "| docs | MB | indicators | job wall s | job CPU s | MB/s | ind/s | peak RSS MB"
                + " | heap after GC MB | survey | extract | (split) | load | crossCheck | export | start-up+other"
                + " | ms/partition | floor wall s | floor CPU s | floor RSS MB | job/floor wall | job/floor CPU"
                + " | result |";
        static final String RULE = "|" + "---|".repeat(23);

        static String row(Result r) {
            ChildRun j = r.job();
            double stepSum = r.steps().values().stream().mapToDouble(Double::doubleValue).sum();
            List<String> cells = new ArrayList<>(List.of(
                    String.valueOf(r.documents()),
                    f1(r.megabytes()),
                    String.valueOf(r.indicators()),
                    f1(j.wallSeconds()),
                    f1(j.cpuSeconds()),
                    f2(r.megabytes() / j.wallSeconds()),
                    String.valueOf(Math.round(r.indicators() / j.wallSeconds())),
                    String.valueOf(Math.round(j.peakRssMb())),
                    String.valueOf(Math.round(j.heapAfterGcMb()))));
            for (String step : STEPS) {
                cells.add(r.steps().containsKey(step) ? f1(r.steps().get(step)) : "-");
                if (step.equals("extract")) {
                    cells.add(Double.isNaN(r.splitSeconds()) ? "-" : String.format("%.0f", r.splitSeconds()));
                }
            }
            cells.add(f1(j.wallSeconds() - stepSum));
            cells.add(r.partitions() == 0 || !r.steps().containsKey("extract") ? "-"
                    : f1(1000 * (r.steps().get("extract") + r.steps().getOrDefault("load", 0.0)) / r.partitions()));
            cells.add(f1(r.floor().wallSeconds()));
            cells.add(f1(r.floor().cpuSeconds()));
            cells.add(String.valueOf(Math.round(r.floor().peakRssMb())));
            cells.add(f2(r.ratio()));
            cells.add(f2(r.cpuRatio()));
            cells.add(r.failure().isEmpty() ? "ok" : r.failure());
            return "| " + String.join(" | ", cells) + " |";
        }

        private static String f1(double v) {
            return Double.isNaN(v) ? "?" : String.format("%.1f", v);
        }

        private static String f2(double v) {
            return Double.isNaN(v) ? "?" : String.format("%.2f", v);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            int eq = arg.indexOf('=');
            o.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        return o;
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
