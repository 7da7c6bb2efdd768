package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * A defect met on one file (its processing throws) in a real run: the framework skips that file, the run
 * completes with the other file's figures, and the file is in 拒绝记录 with the cause, counted as skipped in
 * 运行信息 and --status.
 */
class SkippedFileTest {

    @TempDir
    Path temp;

    @AfterEach
    void disarm() {
        InjectedFaults.disarm();
    }

    @Test
    void aFileWhoseProcessingThrowsIsSkippedRecordedAndCountedWhileTheRunCompletes() throws Exception {
        Path input = Reports.folderWithOneReport(temp);
        Files.writeString(input.resolve("second.md"), """
                # 西湖区2021年政府工作报告

                ## 经济运行
                全年地区生产总值增长6.1%。
                """, StandardCharsets.UTF_8);
        Path output = temp.resolve("output");
        String[] command = Reports.command(input, output, InjectedFaults.SOURCES, "--threads=1");
        InjectedFaults.arm("extractFile", new IllegalStateException("组合的缺陷 composed defect"));

        JobRuns.Result run = JobRuns.run(command);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(RunLauncher.COMPLETED);
        List<List<String>> rejected = rows(Reports.workbook(output), "拒绝记录").stream()
                .filter(row -> row.stream().anyMatch(cell -> cell.contains("内部错误"))).toList();
        assertThat(rejected).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isIn("report.md", "second.md");
            assertThat(String.join("|", row)).contains("文件未能处理", "file not processed",
                    "IllegalStateException: 组合的缺陷 composed defect");
        });
        String other = rejected.get(0).get(0).equals("report.md") ? "second.md" : "report.md";
        List<List<String>> runInfo = rows(Reports.workbook(output), "运行信息");
        assertThat(runInfo).extracting(row -> String.join("|", row))
                .anySatisfy(row -> assertThat(row).startsWith("extract|").contains("|COMPLETED|2|1|1|"));
        assertThat(runInfo).filteredOn(row -> row.get(0).equals(other)).singleElement()
                .satisfies(row -> assertThat(Integer.parseInt(row.get(row.size() - 1))).isPositive());

        JobRuns.Result status = JobRuns.run("--output-dir=" + output, "--status");
        assertThat(status.out().lines()).anySatisfy(line -> assertThat(line)
                .contains("extract", "COMPLETED", "read=2 written=1 skipped=1"));
    }

    /** A sheet's rows as text, cell by cell. */
    private static List<List<String>> rows(Path workbook, String sheet) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            for (Row row : book.getSheet(sheet)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
