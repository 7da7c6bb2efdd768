package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;
import org.zhibiao.launch.RunOptions;

/**
 * Issue 13, defect 10: a run date outside what an Excel date cell holds (1900-01-01 to 9999-12-31) gave 运行日期
 * -1 or 2,958,466. It is a bad command line now: exit 2, in both languages, before any state is touched.
 */
class RunDateRangeTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "0000-01-01", "1899-12-31", "-0001-06-15"})
    void aRunDateOutsideExcelsCalendarIsABadCommandLine(String date) {
        Path output = temp.resolve("output");

        JobRuns.Result result = JobRuns.run("--input-dir=" + temp.resolve("input"), "--output-dir=" + output,
                "--run-date=" + date);

        assertThat(result.exitCode()).isEqualTo(RunLauncher.USAGE);
        assertThat(result.err()).contains("运行日期应在 1900-01-01 到 9999-12-31 之间：" + date)
                .contains("--run-date must be from 1900-01-01 to 9999-12-31: " + date);
        assertThat(Files.exists(output)).as("nothing is created for a bad command line").isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1900-01-01", "9999-12-31", "2021-12-31"})
    void theCalendarsEndsAreRunDates(String date) {
        assertThat(RunOptions.parse(new String[] {"--run-date=" + date}).runDate()).isEqualTo(LocalDate.parse(date));
    }
}
