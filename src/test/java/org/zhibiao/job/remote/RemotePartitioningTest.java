package org.zhibiao.job.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.job.PostgresSchemas;
import org.zhibiao.job.ops.ChildRun;
import org.zhibiao.job.ops.WorkbookRows;
import org.zhibiao.launch.RunLauncher;

/**
 * Issue 17: a {@code --workers=remote} manager (in this JVM, with its embedded Artemis broker on a free loopback
 * port) and worker JVMs started as child processes, all on one PostgreSQL schema, over 200 reports and a CSV
 * table. The workbook must equal a single-process run's over the same folder; a worker killed (SIGKILL) in the
 * middle of a partition fails the step naming that partition, and the same command with a live worker completes
 * the run without staging any file twice. .ci/run provides PostgreSQL (ZHIBIAO_PG_URL); without it the tests skip.
 */
class RemotePartitioningTest {

    private static final String USER = PostgresSchemas.USER;
    private static final String DATE = "2023-06-30";
    /** The smaller corpus reports (the big ones would only make the test slower), copied to 200 documents. */
    private static final List<String> SOURCES = List.of("002_hailar_2014_gov_work_report.txt",
            "013_changde_2025_statistical_communique.txt", "014_yiyang_2025_statistical_communique.txt",
            "015_nanyang_2025_statistical_communique.txt", "016_shijiazhuang_2025_statistical_communique.txt",
            "017_quanzhou_2025_statistical_communique.txt", "024_daqing_2017_stats_analysis_q1_economy_analysis.txt",
            "028_guangming_shenzhen_2022_news_h1_economy.txt");
    private static final int DOCUMENTS = 200;
    private static final Pattern STARTED = Pattern.compile("RemoteWorker - partition (extractFile:\\S+) .*started");

    @TempDir
    Path temp;

    private final List<ChildRun> workers = new ArrayList<>();
    private int port;

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (ChildRun worker : workers) {
            worker.kill();
        }
    }

    @Test
    void aManagerAndTwoWorkersMakeTheSingleProcessWorkbook() throws Exception {
        Path input = documents();
        Map<String, List<String>> single = singleProcessRows(input);
        String schema = PostgresSchemas.fresh("zb_remote_");
        port = freePort();
        startWorker(schema, "w1");
        startWorker(schema, "w2");

        JobRuns.Result run = JobRuns.run(manager(input, temp.resolve("out"), schema, "30s"));

        assertThat(run.exitCode()).as(run.out() + run.err() + logs()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(WorkbookRows.of(workbook(temp.resolve("out")))).isEqualTo(single);
        // Both workers took partitions, and --status says which took each.
        JobRuns.Result status = JobRuns.run("--status", "--spring.datasource.url=" + schema,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=");
        assertThat(status.out()).contains("partitions by worker", "pid " + workers.get(0).pid(),
                "pid " + workers.get(1).pid());
        assertNothingStagedTwice(schema);
    }

    @Test
    void aKilledWorkersPartitionFailsTheStepAndTheSameCommandResumesIt() throws Exception {
        Path input = documents();
        Map<String, List<String>> single = singleProcessRows(input);
        String schema = PostgresSchemas.fresh("zb_remote_");
        port = freePort();
        ChildRun doomed = startWorker(schema, "w1");
        startWorker(schema, "w2");
        Path output = temp.resolve("out");
        String[] command = manager(input, output, schema, "10s");

        CompletableFuture<JobRuns.Result> first = CompletableFuture.supplyAsync(() -> JobRuns.run(command));
        String started = doomed.awaitLine(line -> STARTED.matcher(line).find());
        doomed.awaitLine(line -> line.contains("files - extracted"));
        doomed.kill();
        JobRuns.Result failed = first.get(300, TimeUnit.SECONDS);

        Matcher partition = STARTED.matcher(started);
        assertThat(partition.find()).isTrue();
        assertThat(failed.exitCode()).as(failed.out() + failed.err() + logs()).isEqualTo(RunLauncher.FAILED);
        assertThat(failed.err()).contains(partition.group(1), "pid " + doomed.pid(), "no progress",
                "run the same command again", "--zhibiao.workers=remote");
        assertThat(query(schema, "SELECT status FROM batch_step_execution WHERE step_name = '" + partition.group(1)
                + "'")).containsExactly("FAILED");

        startWorker(schema, "w3");
        JobRuns.Result resumed = JobRuns.run(command);

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err() + logs()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(query(schema, "SELECT status FROM batch_job_execution ORDER BY job_execution_id"))
                .containsExactly("FAILED", "COMPLETED");
        assertThat(query(schema, "SELECT COUNT(*) FROM batch_step_execution WHERE status IN ('STARTING', 'STARTED',"
                + " 'STOPPING')")).containsExactly("0");
        assertThat(WorkbookRows.of(workbook(output))).isEqualTo(single);
        assertNothingStagedTwice(schema);
    }

    /** Every document read once, and its staged rows are those its read recorded (none from an earlier read). */
    private void assertNothingStagedTwice(String schema) throws Exception {
        assertThat(query(schema, "SELECT COUNT(*) FROM zb_input_file WHERE state = 'READ'"))
                .containsExactly(String.valueOf(DOCUMENTS + 1));
        assertThat(query(schema, "SELECT f.file FROM zb_input_file f WHERE f.indicators <> (SELECT COUNT(*) FROM"
                + " zb_indicator i WHERE i.run_id = f.run_id AND i.file = f.file)")).isEmpty();
        assertThat(query(schema, "SELECT step_name FROM batch_step_execution WHERE step_name LIKE 'extractFile:%'"
                + " AND status = 'COMPLETED' GROUP BY step_name HAVING COUNT(*) > 1")).isEmpty();
    }

    private Map<String, List<String>> singleProcessRows(Path input) throws Exception {
        String schema = PostgresSchemas.fresh("zb_single_");
        Path output = temp.resolve("single");
        JobRuns.Result run = JobRuns.run("--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE,
                "--threads=2", "--spring.datasource.url=" + schema, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(RunLauncher.COMPLETED);
        return WorkbookRows.of(workbook(output));
    }

    /** One partition per 25 documents (--threads=1: 8 partitions), so a worker is killed well inside one. */
    private String[] manager(Path input, Path output, String schema, String silence) {
        return new String[] {"--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE,
            "--workers=remote", "--threads=1", "--spring.datasource.url=" + schema,
            "--spring.datasource.username=" + USER, "--spring.datasource.password=",
            "--zhibiao.remote.broker-host=127.0.0.1", "--zhibiao.remote.broker-port=" + port,
            "--zhibiao.remote.silence=" + silence, "--zhibiao.remote.poll-interval=500ms"};
    }

    private ChildRun startWorker(String schema, String name) throws IOException {
        ChildRun worker = ChildRun.start(temp.resolve(name + ".log"), "--role=worker", "--threads=1",
                "--spring.datasource.url=" + schema, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=", "--spring.artemis.broker-url=tcp://127.0.0.1:" + port,
                "--output-dir=" + temp.resolve(name));
        workers.add(worker);
        return worker;
    }

    /** 200 reports: copy k of source s is kNNN-s, so that copies of one source stage the same rows. */
    private Path documents() throws IOException {
        Path input = Files.createDirectories(temp.resolve("input"));
        Path corpus = Path.of("src/test/resources/corpus/reports");
        for (int i = 0; i < DOCUMENTS; i++) {
            String source = SOURCES.get(i % SOURCES.size());
            Files.copy(corpus.resolve(source), input.resolve(String.format("k%03d-%s", i / SOURCES.size(), source)));
        }
        try (Stream<Path> sample = Files.list(Path.of("input"))) {
            for (Path file : sample.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        return input;
    }

    private String logs() {
        StringBuilder text = new StringBuilder();
        for (ChildRun worker : workers) {
            String output = worker.output();
            text.append("\n--- worker ---\n").append(output.length() > 4000 ? output.substring(output.length() - 4000)
                    : output);
        }
        return text.toString();
    }

    private static Path workbook(Path output) {
        return output.resolve("indicators-" + DATE + ".xlsx");
    }

    private static List<String> query(String schema, String sql) throws Exception {
        return JobRuns.query(schema, USER, sql);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
