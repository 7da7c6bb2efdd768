package org.zhibiao.job.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.job.JobRuns;
import org.zhibiao.job.JobRuns.Result;

/** The command line run in-process, as an operator runs it, and the run state it left behind (as JobRuns). */
final class Cli {

    private Cli() {
    }

    static Result run(String... args) {
        return JobRuns.run(args);
    }

    /** The default state database of an output folder (H2 file under output/.state). */
    static String stateUrl(Path outputDir) {
        return "jdbc:h2:file:" + outputDir.toAbsolutePath().resolve(".state").resolve("zhibiao");
    }

    /** Rows of a query, each row as a list of strings. */
    static List<List<String>> query(String url, String user, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, "");
                var s = c.createStatement()) {
            if (!s.execute(sql)) {
                return rows;
            }
            try (ResultSet rs = s.getResultSet()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

}
