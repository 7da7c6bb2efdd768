package org.zhibiao.bench;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.job.staging.SectionCounts;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;
import org.zhibiao.workbook.RunInfo;
import org.zhibiao.workbook.WorkbookWriter;

/**
 * The export step alone, on the staging of a finished run (e.g. a copy of
 * {@code target/bench-work/n-1000/output/.state/zhibiao.mv.db} left by {@code bench/run.sh job --keep}): streams the
 * indicators, findings and rejections into the workbook as the export step (ExportStep) does, in a transaction, and prints the
 * seconds of each phase. No JobRepository: 运行信息 lists no steps.
 *
 * <p>Usage: {@code ExportCheck <jdbc-url> <user> <run-id> <out.xlsx>}.
 */
public final class ExportCheck {

    private ExportCheck() {
    }

    public static void main(String[] args) throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0], args[1], "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        StagingRepository staging = new StagingRepository(jdbc, tx);
        long runId = Long.parseLong(args[2]);
        Path target = Path.of(args[3]);
        long[] marks = new long[5];
        SectionCounts counts = new SectionCounts();
        long start = System.nanoTime();
        tx.executeWithoutResult(status -> {
            try (WorkbookWriter writer = new WorkbookWriter(Taxonomy.defaults().sections())) {
                try (Stream<Indicator> rows = staging.streamIndicators(runId, counts)) {
                    writer.indicators(rows.iterator());
                }
                marks[0] = System.nanoTime();
                try (Stream<Finding> findings = staging.streamFindings(runId)) {
                    writer.findings(findings.iterator());
                }
                marks[1] = System.nanoTime();
                try (Stream<Rejection> rejections = staging.streamRejections(runId)) {
                    writer.rejections(rejections.iterator());
                }
                marks[2] = System.nanoTime();
                RunInfo info = new RunInfo(null, runId, 0, java.util.List.of(), java.util.List.of(), counts.inOrder(),
                        staging.severityCounts(runId).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                                e -> e.getKey().label(), java.util.Map.Entry::getValue, (a, b) -> a,
                                java.util.LinkedHashMap::new)));
                writer.overview(info);
                writer.runInfo(info);
                writer.writeAtomically(target);
                marks[3] = System.nanoTime();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        double cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        System.out.printf("rows=%d indicators=%.2fs findings=%.2fs rejections=%.2fs write=%.2fs total=%.2fs"
                + " process-cpu=%.2fs main-cpu=%.2fs%n", counts.total(), (marks[0] - start) / 1e9, (marks[1] - marks[0]) / 1e9, (marks[2] - marks[1]) / 1e9,
                (marks[3] - marks[2]) / 1e9, (marks[3] - start) / 1e9, cpu,
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
    }
}
