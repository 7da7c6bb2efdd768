package org.zhibiao.job.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhibiao.job.JobRuns;
import org.zhibiao.job.JobRuns.Result;

/** Runs the command line in-process, builds input folders from the test corpus, reads the run state. */
final class OpsRuns {

    private OpsRuns() {
    }

    static Result run(String... args) {
        return JobRuns.run(args);
    }

    static Path sampleInput(Path parent) throws IOException {
        return JobRuns.sampleInput(parent);
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

    static List<String> query(Path outputDir, String sql) throws SQLException {
        return JobRuns.query(outputDir, sql);
    }

    static List<String> query(String url, String user, String sql) throws SQLException {
        return JobRuns.query(url, user, sql);
    }

    /** The line a worker logs once a report of its range is staged (and committed). */
    static boolean reportExtracted(String line) {
        return EXTRACTED.matcher(line).find();
    }

    private static final Pattern EXTRACTED = Pattern.compile("files - extracted (\\S+): read=");

    /** A single number from the run state. */
    static long count(Path outputDir, String sql) throws SQLException {
        return Long.parseLong(query(outputDir, sql).get(0));
    }
}
