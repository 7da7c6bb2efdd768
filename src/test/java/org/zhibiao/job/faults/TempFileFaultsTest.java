package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.job.ops.ChildRun;
import org.zhibiao.launch.RunLauncher;

/**
 * Issue 13, defects 5 and 6: the export's temp files. The workbook's temp file is created exclusively beside it,
 * never opened through a link someone planted, and the move into place replaces a link at the final path instead
 * of writing into its target. POI's sheet files go to a folder of the run's own under {@code .state/}, not to the
 * machine-wide {@code /tmp/poifiles}, and a folder a killed export left is removed by the next one.
 */
class TempFileFaultsTest {

    @TempDir
    Path temp;

    @Test
    void linksPlantedAtTheTempAndFinalNamesAreReplacedNeverWrittenThrough() throws Exception {
        Path input = Reports.folderWithOneReport(temp);
        Path output = Files.createDirectories(temp.resolve("output"));
        Path victimOfTemp = Files.writeString(temp.resolve("victim-of-temp.txt"), "precious 1");
        Path victimOfFinal = Files.writeString(temp.resolve("victim-of-final.txt"), "precious 2");
        Path plantedTemp = output.resolve(".indicators-" + Reports.RUN_DATE + ".xlsx.tmp");
        Files.createSymbolicLink(plantedTemp, victimOfTemp);
        Files.createSymbolicLink(Reports.workbook(output), victimOfFinal);

        JobRuns.Result result = JobRuns.run(Reports.command(input, output));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(Files.readString(victimOfTemp)).isEqualTo("precious 1");
        assertThat(Files.readString(victimOfFinal)).isEqualTo("precious 2");
        assertThat(Files.isSymbolicLink(Reports.workbook(output))).isFalse();
        assertThat(Files.isRegularFile(Reports.workbook(output))).isTrue();
        try (InputStream in = Files.newInputStream(Reports.workbook(output));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            int sectionRows = 0;
            for (String section : List.of("经济运行", "产业基础", "改革开放", "城市品质", "民生保障", "未分类")) {
                sectionRows += workbook.getSheet(section) == null ? 0 : workbook.getSheet(section).getLastRowNum();
            }
            assertThat(sectionRows).as("the report's rows are in the workbook").isGreaterThanOrEqualTo(3);
        }
        assertThat(Files.exists(plantedTemp, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .as("the planted link is removed as a leftover temp name").isFalse();
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    /**
     * A child JVM whose java.io.tmpdir has a {@code poifiles} that POI cannot use (a regular file: what another
     * user's folder is to us, without needing a second user), and an output folder holding what a killed export
     * left behind. The export must not care about the first and must remove the second.
     */
    @Test
    void poiWritesIntoAPrivateFolderOfTheRunAndANextRunRemovesAKilledOnesFolder() throws Exception {
        Path input = Reports.folderWithOneReport(temp);
        Path output = Files.createDirectories(temp.resolve("output"));
        Path systemTemp = Files.createDirectories(temp.resolve("system-tmp"));
        Files.writeString(systemTemp.resolve("poifiles"), "not a folder: another user's, as far as we can tell");
        String host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.]", "_");
        Path killedRunsFolder = Files.createDirectories(output.resolve(".state")
                .resolve("poi-" + host + "-999999999-1"));
        Files.write(killedRunsFolder.resolve("poi-sxssf-sheet123.xml.gz"), new byte[64 * 1024]);

        ChildRun child = ChildRun.start(temp.resolve("child.log"),
                List.of("-Djava.io.tmpdir=" + systemTemp), Reports.command(input, output));

        assertThat(child.awaitExit()).as(child.output()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(Files.isRegularFile(Reports.workbook(output))).isTrue();
        assertThat(Files.readString(systemTemp.resolve("poifiles"), StandardCharsets.UTF_8)).startsWith("not a");
        try (Stream<Path> state = Files.list(output.resolve(".state"))) {
            assertThat(state.map(p -> p.getFileName().toString()))
                    .as("neither the killed run's folder nor this run's is left").noneMatch(n -> n.startsWith("poi-"));
        }
    }

}
