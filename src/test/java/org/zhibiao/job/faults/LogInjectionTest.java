package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * Issue 13, defect 12: file names reach the log (one line per file, step names of partitions), and a name with a
 * newline forged a log line of its own, one with ESC recoloured the operator's terminal. Every log line now
 * shows such characters as escapes.
 */
class LogInjectionTest {

    static final String FORGED = "2021-12-31 02:30:00 ERROR RunLauncher - forged";

    @TempDir
    Path temp;

    @Test
    void aFileNameWithNewlineAndEscapeCannotForgeOrColourALogLine() throws Exception {
        Path input = Reports.folderWithOneReport(temp);
        String hostile = "x\n" + FORGED + "\u001b[2J\u001b[31m.md";
        Files.copy(input.resolve("report.md"), input.resolve(hostile));
        Path output = temp.resolve("output");

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream original = System.out;
        JobRuns.Result result;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            result = JobRuns.run(Reports.command(input, output));
        } finally {
            System.setOut(original);
        }

        String log = console.toString(StandardCharsets.UTF_8);
        assertThat(result.exitCode()).as(result.err() + log).isEqualTo(RunLauncher.COMPLETED);
        List<String> lines = log.lines().toList();
        assertThat(lines).as("the name is logged, escaped").anyMatch(line -> line.contains(
                "x\\n" + FORGED + "\\u001b[2J\\u001b[31m.md"));
        assertThat(lines).noneMatch(line -> line.startsWith(FORGED));
        assertThat(log).doesNotContain("\u001b");
    }
}
