package org.zhibiao.job.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.zhibiao.job.ZhibiaoApplication;

/** Runs the command line in-process, builds input folders from the test corpus, reads the run state. */
final class OpsRuns {

    /** What one command line printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private OpsRuns() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ZhibiaoApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The project's sample input (the report and the CSV) copied into a fresh folder. */
    static Path sampleInput(Path parent) throws IOException {
        Path input = Files.createDirectories(parent.resolve("input"));
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        return input;
    }

    /**
     * A big input folder: {@code copies} copies of every corpus report and of the sample report, so that the
     * extract step runs long enough to be interrupted. Copy k of report r is named {@code kNNN-r}: all copies of
     * one report must give the same staging rows, which is how the tests spot duplicates.
     */
    static Path manyReports(Path parent, int copies) throws IOException {
        Path input = Files.createDirectories(parent.resolve("input"));
        List<Path> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/reports"))) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(reports::add);
        }
        reports.add(Path.of("src/test/resources/corpus/zhangdian-2021-achievements.md"));
        for (int k = 0; k < copies; k++) {
            for (Path report : reports) {
                Files.copy(report, input.resolve(String.format("k%03d-%s", k, report.getFileName())));
            }
        }
        return input;
    }

    /** The original report a copy made by {@link #manyReports} came from. */
    static String original(String copy) {
        return copy.substring(copy.indexOf('-') + 1);
    }

    /** Rows of a query against the run state (the H2 file under output/.state), one string per row. */
    static List<String> query(Path outputDir, String sql) throws SQLException {
        return query("jdbc:h2:file:" + outputDir.toAbsolutePath().resolve(".state").resolve("zhibiao"), "sa", sql);
    }

    /** Rows of a query against any JDBC database. */
    static List<String> query(String url, String user, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    static long count(Path outputDir, String sql) throws SQLException {
        return Long.parseLong(query(outputDir, sql).get(0));
    }
}
