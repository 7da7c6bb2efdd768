package org.zhibiao.job;

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
import org.zhibiao.launch.ZhibiaoApplication;

/**
 * Runs the command line in-process, as an operator would, and reads the run state it left behind. Shared by
 * the job's tests in every package.
 */
public final class JobRuns {

    /** What one command line printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    private JobRuns() {
    }

    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ZhibiaoApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A copy of the project's sample input (the report and the CSV) in a fresh folder. */
    public static Path sampleInput(Path parent) throws IOException {
        Path input = Files.createDirectories(parent.resolve("input"));
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        return input;
    }

    /** Rows of a query against the run state database (H2 file under output/.state), one string per row. */
    public static List<String> query(Path outputDir, String sql) throws SQLException {
        return query("jdbc:h2:file:" + outputDir.toAbsolutePath().resolve(".state").resolve("zhibiao"), "sa", sql);
    }

    /** Rows of a query against any JDBC database. */
    public static List<String> query(String url, String user, String sql) throws SQLException {
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
}
