package org.zhibiao.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.job.staging.StagingSchema;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/**
 * Does the export's read of staging stream? Reads a run's indicators in workbook order the way the export
 * does (in a transaction, through {@link StagingRepository#streamIndicators}) and prints the time to the first
 * row, the total time and the largest heap in use seen while reading. Run it with a small heap (-Xmx128m):
 * a result that is materialized fails or shows a heap that grows with the rows.
 *
 * <p>Usage: {@code StreamCheck <jdbc-url> <user> <run-id> [--fill=ROWS] [--plain]}; --fill first stages ROWS
 * synthetic rows (1,000 per file, with 300-character sentences) under run-id, for a database without a real
 * run; --plain reads them as the export did before (JdbcTemplate.queryForStream, no fetch size), to compare.
 */
public final class StreamCheck {

    /** What the export ran before it streamed: JdbcTemplate's defaults, no fetch size, a sort. */
    static final String PLAIN = "SELECT * FROM zb_indicator WHERE run_id = ? ORDER BY section_order, file, line, id";

    private StreamCheck() {
    }

    public static void main(String[] args) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0], args[1], "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        StagingSchema.create(jdbc);
        StagingRepository staging = new StagingRepository(jdbc, tx);
        long runId = Long.parseLong(args[2]);
        for (String arg : args) {
            if (arg.startsWith("--fill=")) {
                fill(staging, runId, Long.parseLong(arg.substring(7)));
            }
        }
        System.gc();
        boolean plain = List.of(args).contains("--plain");
        long[] stats = new long[3];
        String[] lazyAfter = {"n/a"};
        long start = System.nanoTime();
        tx.executeWithoutResult(status -> {
            try (Stream<?> rows = plain ? jdbc.queryForStream(PLAIN, (rs, i) -> rs.getString("sentence"), runId)
                    : staging.streamIndicators(runId)) {
                rows.forEach(row -> {
                    if (stats[0]++ == 0) {
                        stats[1] = System.nanoTime() - start;
                    }
                    if (stats[0] % 10_000 == 0) {
                        Runtime rt = Runtime.getRuntime();
                        stats[2] = Math.max(stats[2], rt.totalMemory() - rt.freeMemory());
                    }
                });
            }
            // The stream must leave the session as it found it: on H2, lazy execution off again (read from the
            // session itself: H2 does not show the mode in INFORMATION_SCHEMA).
            if (args[0].startsWith("jdbc:h2:")) {
                lazyAfter[0] = String.valueOf(jdbc.execute((java.sql.Connection c) -> c.unwrap(
                        org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal local
                                ? local.isLazyQueryExecution() : "remote"));
            }
        });
        System.out.printf("rows=%d first-row=%.2fs total=%.2fs max-heap-used=%dMB (-Xmx%dMB) h2-lazy-after=%s%n",
                stats[0], stats[1] / 1e9, (System.nanoTime() - start) / 1e9, stats[2] >> 20,
                Runtime.getRuntime().maxMemory() >> 20, lazyAfter[0]);
    }

    private static void fill(StagingRepository staging, long runId, long rows) {
        String sentence = "全年新增市场主体1234家，同比增长12.5%，".repeat(12);
        for (long file = 0; file * 1000 < rows; file++) {
            String name = String.format("fill-%06d.txt", file);
            List<Indicator> batch = new ArrayList<>();
            for (int i = 0; i < 1000 && file * 1000 + i < rows; i++) {
                batch.add(new Indicator(0, "临淄区", 2021, "产业基础", "新增市场主体", BigDecimal.valueOf(1234), null, "家",
                        BigDecimal.valueOf(1234), "家", Kind.COUNT, Qualifier.EXACT, Status.ACTUAL, Source.BODY,
                        sentence, name, i + 1, Severity.PASS, ""));
            }
            staging.replaceFile(runId, new InputFileFacts(name, "REPORT", 1, "", 1, 1, 0, 0, batch.size()), batch,
                    List.of(), section -> 1);
        }
    }
}
