package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhibiao.input.FileOutcome;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.job.staging.MemoryStaging;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;
import org.zhibiao.model.Severity;

/**
 * The extract worker as a chunk-oriented step on the sample report: one file per chunk, only its range, never a
 * file the run has read; each file's own findings stored with the ids its rows got in staging; the step's counts
 * are files. A file whose processing throws is skipped by the framework and recorded in 拒绝记录 with the cause;
 * an Error or a failure of staging fails the step instead.
 */
class FileStepTest {

    static final Path SAMPLE = Path.of("src/test/resources/corpus/zhangdian-2021-achievements.md");
    static final long RUN = WorkerSteps.RUN;

    @TempDir
    Path temp;

    Path input;
    JdbcTemplate jdbc;
    StagingRepository staging;
    WorkerSteps workers;

    @BeforeEach
    void folderAndStaging() throws Exception {
        input = Files.createDirectories(temp.resolve("input"));
        MemoryStaging memory = MemoryStaging.open("worker-" + temp.getFileName());
        jdbc = memory.jdbc();
        staging = memory.staging();
        workers = new WorkerSteps(input, memory);
    }

    @Test
    void readsItsRangeOneFilePerChunkAndNeverAFileTheRunHasRead() throws Exception {
        for (String name : List.of("a.md", "b.md", "c.md", "d.md")) {
            Files.copy(SAMPLE, input.resolve(name));
        }

        StepExecution first = workers.run(workers.extract("b.md", "b.md"));
        assertThat(staging.readFiles(RUN)).containsExactly("b.md");

        // A restart of a wider range, after b.md was committed: only c.md is left.
        StepExecution restarted = workers.run(workers.extract("b.md", "c.md"));
        assertThat(staging.readFiles(RUN)).containsExactlyInAnyOrder("b.md", "c.md");
        StepExecution again = workers.run(workers.extract("b.md", "c.md"));

        assertThat(List.of(first, restarted, again)).extracting(StepExecution::getStatus)
                .containsOnly(BatchStatus.COMPLETED);
        assertThat(restarted.getReadCount()).isEqualTo(1);
        assertThat(restarted.getWriteCount()).isEqualTo(1);
        assertThat(restarted.getSkipCount()).isZero();
        assertThat(restarted.getCommitCount()).as("one transaction per file").isEqualTo(1);
        assertThat(again.getReadCount()).isZero();
        long perFile = staging.inputFiles(RUN).get(0).indicators();
        assertThat(perFile).isPositive();
        assertThat(staging.count("zb_indicator", RUN)).isEqualTo(2 * perFile);
        assertThat(restarted.getExecutionContext().getLong(StepLogListener.INDICATORS)).isEqualTo(perFile);
    }

    @Test
    void aFilesOwnFindingsAreStoredWithTheIdsOfItsRows() throws Exception {
        // The highlight box altered as in AlteredHighlightBoxTest: three figures disagree with the body.
        String altered = Files.readString(SAMPLE, StandardCharsets.UTF_8)
                .replace("解决贷款**9650**万元", "解决贷款**9560**万元")
                .replace("实际使用外资**6253**万美元", "实际使用外资**6235**万美元")
                .replace("背街小巷**64**条", "背街小巷**46**条");
        Files.writeString(input.resolve("altered.md"), altered, StandardCharsets.UTF_8);
        Files.copy(SAMPLE, input.resolve("plain.md"));
        workers.run(workers.extract("altered.md", "plain.md"));

        List<Finding> errors = staging.streamFindings(RUN).filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).hasSize(3).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("9560", "9650"));
        Map<Long, Indicator> rows = staging.streamIndicators(RUN)
                .collect(Collectors.toMap(Indicator::id, i -> i));
        Set<Long> named = errors.stream().flatMap(f -> f.indicatorIds().stream()).collect(Collectors.toSet());
        assertThat(named).isNotEmpty().allSatisfy(id -> {
            assertThat(rows.get(id).file()).isEqualTo("altered.md");
            assertThat(rows.get(id).check()).isEqualTo(Severity.ERROR);
        });
        assertThat(rows.values()).filteredOn(i -> i.file().equals("plain.md"))
                .allSatisfy(i -> assertThat(i.check()).isNotEqualTo(Severity.ERROR));
        assertThat(jdbc.queryForList("SELECT DISTINCT file FROM zb_finding WHERE severity = 'ERROR'", String.class))
                .containsExactly("altered.md");

        // The export remembers the rows of exactly these ids for 校验问题's links.
        assertThat(staging.findingIds(RUN)).containsExactly(staging.streamFindings(RUN)
                .flatMap(f -> f.indicatorIds().stream()).mapToLong(Long::longValue).distinct().sorted().toArray());

        // The comparison across sources replaces only its own findings and marks.
        staging.replaceCrossFindings(RUN, List.of(), Map.of());
        assertThat(staging.streamFindings(RUN).filter(f -> f.severity() == Severity.ERROR)).hasSize(3);

        // Staging the file again replaces its findings instead of adding to them.
        jdbc.update("UPDATE zb_input_file SET state = 'LISTED' WHERE file = 'altered.md'");
        workers.run(workers.extract("altered.md", "altered.md"));
        assertThat(staging.streamFindings(RUN).filter(f -> f.severity() == Severity.ERROR)).hasSize(3);
    }

    @Test
    void aFileWhoseProcessingThrowsIsSkippedAndRecordedWithItsCause() throws Exception {
        for (String name : List.of("a.md", "b-odd.md", "c.md")) {
            Files.copy(SAMPLE, input.resolve(name));
        }
        Function<String, FileOutcome> defectOnOddFiles = failingOn("b-odd.md",
                new IllegalStateException("assembler met a sentence it cannot place"), workers.reports());

        StepExecution step = workers.run(workers.extract("a.md", "c.md", defectOnOddFiles));

        assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step.getReadCount()).isEqualTo(3);
        assertThat(step.getWriteCount()).isEqualTo(2);
        assertThat(step.getProcessSkipCount()).isEqualTo(1);
        assertThat(step.getSkipCount()).isEqualTo(1);
        Rejection rejection = staging.streamRejections(RUN).filter(r -> r.file().equals("b-odd.md"))
                .collect(onlyOne());
        assertThat(rejection.reason()).contains("内部错误", "IllegalStateException",
                "assembler met a sentence it cannot place");
        assertThat(rejection.reasonEn()).contains("internal error", "IllegalStateException",
                "assembler met a sentence it cannot place");
        Map<String, InputFileFacts> files = staging.inputFiles(RUN).stream()
                .collect(Collectors.toMap(InputFileFacts::file, f -> f));
        assertThat(files.get("b-odd.md")).satisfies(f -> {
            assertThat(f.recordsRead()).isEqualTo(f.written() + f.rejected() + f.skipped()).isEqualTo(1);
            assertThat(f.bytes()).isEqualTo(Files.size(SAMPLE));
            assertThat(f.sha256()).isEqualTo(files.get("a.md").sha256());
        });
        assertThat(files.get("a.md").indicators()).isPositive();
        assertThat(files.get("c.md").indicators()).isEqualTo(files.get("a.md").indicators());

        // Read, as far as staging knows: a restart does not loop on it; the survey reads it again once it changes.
        assertThat(staging.readFiles(RUN)).containsExactlyInAnyOrder("a.md", "b-odd.md", "c.md");
        assertThat(workers.run(workers.extract("a.md", "c.md", defectOnOddFiles)).getReadCount()).isZero();
        StagingRepository.StagedFile staged = staging.stagedFiles(RUN).get("b-odd.md");
        assertThat(SurveyTasklet.unchanged(input.resolve("b-odd.md"), staged)).isTrue();
        Files.writeString(input.resolve("b-odd.md"), "改过的报告。", StandardCharsets.UTF_8);
        assertThat(SurveyTasklet.unchanged(input.resolve("b-odd.md"), staged)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"OutOfMemoryError", "StackOverflowError"})
    void anErrorWhileProcessingFailsTheStepInsteadOfSkippingTheFile(String error) throws Exception {
        for (String name : List.of("a.md", "b-huge.md", "c.md")) {
            Files.copy(SAMPLE, input.resolve(name));
        }
        Error thrown = error.equals("OutOfMemoryError") ? new OutOfMemoryError("Java heap space")
                : new StackOverflowError();

        StepExecution step = workers.run(workers.extract("a.md", "c.md",
                failingOn("b-huge.md", thrown, workers.reports())));

        assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(StepFailure.rootMessage(step.getFailureExceptions().get(0))).startsWith(error);
        assertThat(step.getSkipCount()).isZero();
        assertThat(step.getWriteCount()).isEqualTo(1);
        // The file before it stays committed; it and the rest are read by the restart.
        assertThat(staging.readFiles(RUN)).containsExactly("a.md");
        assertThat(staging.streamRejections(RUN)).isEmpty();
        StepExecution restart = workers.run(workers.extract("a.md", "c.md"));
        assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restart.getReadCount()).isEqualTo(2);
        assertThat(staging.readFiles(RUN)).containsExactlyInAnyOrder("a.md", "b-huge.md", "c.md");
    }

    @Test
    void aStagingFailureFailsTheStepInsteadOfSkippingTheFile() throws Exception {
        Files.copy(SAMPLE, input.resolve("a.md"));
        jdbc.execute("ALTER TABLE zb_finding RENAME TO zb_finding_moved");
        try {
            StepExecution step = workers.run(workers.extract("a.md", "a.md"));

            assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(StepFailure.rootMessage(step.getFailureExceptions().get(0))).contains("ZB_FINDING");
            assertThat(step.getSkipCount()).isZero();
            assertThat(step.getWriteCount()).isZero();
            assertThat(staging.readFiles(RUN)).isEmpty();
        } finally {
            jdbc.execute("ALTER TABLE zb_finding_moved RENAME TO zb_finding");
        }
    }

    private static Function<String, FileOutcome> failingOn(String file, Throwable failure,
            Function<String, FileOutcome> reader) {
        return name -> {
            if (name.equals(file)) {
                if (failure instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }
            return reader.apply(name);
        };
    }

    private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }
}
