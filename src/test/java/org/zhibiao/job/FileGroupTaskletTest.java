package org.zhibiao.job;

import org.zhibiao.input.InputFolder;
import org.zhibiao.input.ReportFile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.job.staging.MemoryStaging;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;

/**
 * The worker of a file range on the sample report: one file per call, only its range, never a file the run has
 * read, and each file's own findings stored with the ids its rows got in staging.
 */
class FileGroupTaskletTest {

    static final Path SAMPLE = Path.of("src/test/resources/corpus/zhangdian-2021-achievements.md");
    static final IndicatorAssembler ASSEMBLER = new IndicatorAssembler(Taxonomy.defaults());
    static final long RUN = 9L;

    @TempDir
    Path temp;

    Path input;
    JdbcTemplate jdbc;
    StagingRepository staging;

    @BeforeEach
    void folderAndStaging() throws Exception {
        input = Files.createDirectories(temp.resolve("input"));
        MemoryStaging memory = MemoryStaging.open("worker-" + temp.getFileName());
        jdbc = memory.jdbc();
        staging = memory.staging();
    }

    @Test
    void readsItsRangeOneFilePerCallAndNeverAFileTheRunHasRead() throws Exception {
        for (String name : List.of("a.md", "b.md", "c.md", "d.md")) {
            Files.copy(SAMPLE, input.resolve(name));
        }
        StepExecution step = MetaDataInstanceFactory.createStepExecution();

        assertThat(execute(worker("b.md", "c.md"), step)).isEqualTo(RepeatStatus.CONTINUABLE);
        assertThat(staging.readFiles(RUN)).containsExactly("b.md");

        // A restart of the same range, after b.md was committed: only c.md is left.
        FileGroupTasklet restarted = worker("b.md", "c.md");
        assertThat(execute(restarted, step)).isEqualTo(RepeatStatus.FINISHED);
        assertThat(staging.readFiles(RUN)).containsExactlyInAnyOrder("b.md", "c.md");
        assertThat(execute(worker("b.md", "c.md"), step)).isEqualTo(RepeatStatus.FINISHED);

        long perFile = staging.inputFiles(RUN).get(0).indicators();
        assertThat(perFile).isPositive();
        assertThat(staging.count("zb_indicator", RUN)).isEqualTo(2 * perFile);
        assertThat(step.getExecutionContext().getLong(StepLogListener.INDICATORS)).isEqualTo(2 * perFile);
        assertThat(step.getWriteCount()).isEqualTo(2 * staging.inputFiles(RUN).get(0).written());
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
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        FileGroupTasklet worker = worker("altered.md", "plain.md");
        execute(worker, step);
        execute(worker, step);

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
        execute(worker("altered.md", "altered.md"), step);
        assertThat(staging.streamFindings(RUN).filter(f -> f.severity() == Severity.ERROR)).hasSize(3);
    }

    private FileGroupTasklet worker(String first, String last) {
        return new FileGroupTasklet(input, InputFolder.Kind.REPORT, first, last, RUN,
                file -> ReportFile.read(input, file, ASSEMBLER, 1_000_000), staging, section -> 0);
    }

    private static RepeatStatus execute(FileGroupTasklet tasklet, StepExecution step) throws Exception {
        StepContribution contribution = new StepContribution(step);
        RepeatStatus status = tasklet.execute(contribution, new ChunkContext(new StepContext(step)));
        step.apply(contribution);
        return status;
    }
}
