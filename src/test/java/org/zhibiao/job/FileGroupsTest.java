package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.input.InputFolder;
import org.zhibiao.job.staging.MemoryStaging;
import org.zhibiao.job.staging.StagingRepository;

/** Partitions of files: consecutive name ranges over the files this run has not read yet. */
class FileGroupsTest {

    static final Path SAMPLE = Path.of("src/test/resources/corpus/zhangdian-2021-achievements.md");
    static final long RUN = 5L;

    @TempDir
    Path temp;

    Path input;
    StagingRepository staging;

    @BeforeEach
    void folderAndStaging() throws Exception {
        input = Files.createDirectories(temp.resolve("input"));
        staging = MemoryStaging.open("groups-" + temp.getFileName()).staging();
    }

    @ParameterizedTest(name = "{0} files in {1} groups")
    @CsvSource({"10, 3, '4,3,3'", "3, 8, '1,1,1'", "16, 16, '1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1'", "17, 4, '5,4,4,4'",
            "0, 4, ''"})
    void splitKeepsOrderAndBalancesSizes(int files, int groups, String sizes) {
        List<String> names = IntStream.range(0, files).mapToObj(i -> String.format("f%03d.md", i)).toList();

        List<List<String>> split = FileGroups.split(names, groups);

        assertThat(split.stream().map(List::size).map(String::valueOf).toList())
                .isEqualTo(sizes.isEmpty() ? List.of() : List.of(sizes.split(",")));
        assertThat(split.stream().flatMap(List::stream).toList()).isEqualTo(names);
    }

    @Test
    void groupsOnlyTheReportsThisRunHasNotRead() throws Exception {
        for (String name : List.of("a.md", "b.txt", "c.md", "d.md", "e.md", "table.csv", "notes.docx")) {
            Files.copy(SAMPLE, input.resolve(name));
        }
        staging.replaceFile(RUN, facts("c.md"), List.of(), List.of(), section -> 0);
        staging.replaceFile(RUN + 1, facts("d.md"), List.of(), List.of(), section -> 0);

        Map<String, ExecutionContext> partitions = new FileGroups(input, InputFolder.Kind.REPORT, RUN, staging, 2)
                .partition(1);

        assertThat(ranges(partitions)).containsExactly("a.md..b.txt", "d.md..e.md");
        assertThat(partitions.keySet()).allSatisfy(name -> assertThat(name).startsWith("report-"));
    }

    @Test
    void aFileAddedAfterTheSurveyIsGroupedAndAReadOneIsNot() throws Exception {
        for (String name : List.of("a.md", "b.md", "c.md")) {
            Files.copy(SAMPLE, input.resolve(name));
        }
        new SurveyTasklet(input, RUN, staging, section -> 0).execute(
                new org.springframework.batch.core.step.StepContribution(
                        org.springframework.batch.test.MetaDataInstanceFactory.createStepExecution()), null);
        staging.replaceFile(RUN, facts("a.md"), List.of(), List.of(), section -> 0);
        Files.copy(SAMPLE, input.resolve("b2.md"));

        Map<String, ExecutionContext> partitions = new FileGroups(input, InputFolder.Kind.REPORT, RUN, staging, 8)
                .partition(2);

        assertThat(ranges(partitions)).containsExactly("b.md..b.md", "b2.md..b2.md", "c.md..c.md");
    }

    @Test
    void nothingLeftToReadMeansNoPartition() throws Exception {
        Files.copy(SAMPLE, input.resolve("a.md"));
        staging.replaceFile(RUN, facts("a.md"), List.of(), List.of(), section -> 0);

        assertThat(new FileGroups(input, InputFolder.Kind.REPORT, RUN, staging, 8).partition(2)).isEmpty();
    }

    @Test
    void namesFitTheStepNameColumnAndDependOnBothEnds() {
        String longName = "二〇二一年某某市某某区人民政府工作报告（第十七届人民代表大会第一次会议）全文及附件说明".repeat(3) + ".md";

        String key = PartitionKeys.of(InputFolder.Kind.REPORT, longName, "z.md");

        assertThat("extractFile:" + key).hasSizeLessThanOrEqualTo(100);
        assertThat(key).isEqualTo(PartitionKeys.of(InputFolder.Kind.REPORT, longName, "z.md"))
                .isNotEqualTo(PartitionKeys.of(InputFolder.Kind.REPORT, longName, "y.md"));
    }

    private static List<String> ranges(Map<String, ExecutionContext> partitions) {
        List<String> ranges = new ArrayList<>();
        partitions.values().forEach(c -> ranges.add(c.getString(FileGroups.FIRST) + ".." + c.getString(FileGroups.LAST)));
        return ranges;
    }

    private static InputFileFacts facts(String file) {
        return new InputFileFacts(file, "REPORT", 10, "x", 1, 1, 0, 0, 0);
    }
}
