package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.input.ReportFile;
import org.zhibiao.job.FileGroupTasklet;
import org.zhibiao.job.FileGroups;
import org.zhibiao.input.InputFolder;
import org.zhibiao.job.SurveyTasklet;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.job.staging.MemoryStaging;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Rejection;

/**
 * A file that disappears between the listing and the read, at each of the moments it can: after the survey
 * (the partitioner no longer lists it), after the partitioner (its worker no longer lists it) and after the
 * worker listed it (the read finds nothing). Either way it stays in 运行信息 and 拒绝记录 with a reason; the run
 * does not fail.
 */
class ListedThenGoneTest {

    static final Path SAMPLE = Path.of("src/test/resources/corpus/zhangdian-2021-achievements.md");
    static final long RUN = 11L;

    @TempDir
    Path temp;

    Path input;
    StagingRepository staging;

    @BeforeEach
    void folderAndStaging() throws Exception {
        input = Files.createDirectories(temp.resolve("input"));
        for (String name : new String[] {"a-kept.md", "b-gone-while-read.md", "c-gone-after-partition.md",
                "d-gone-after-survey.md"}) {
            Files.copy(SAMPLE, input.resolve(name));
        }
        staging = MemoryStaging.open("gone-" + temp.getFileName()).staging();
    }

    @Test
    void aFileGoneAtAnyMomentIsRejectedNotLost() throws Exception {
        execute(new SurveyTasklet(input, RUN, staging, section -> 0));
        Files.delete(input.resolve("d-gone-after-survey.md"));

        Map<String, ExecutionContext> partitions = new FileGroups(input, InputFolder.Kind.REPORT, RUN, staging, 1)
                .partition(1);
        assertThat(partitions.values()).singleElement().satisfies(p -> {
            assertThat(p.getString(FileGroups.FIRST)).isEqualTo("a-kept.md");
            assertThat(p.getString(FileGroups.LAST)).isEqualTo("c-gone-after-partition.md");
        });
        Files.delete(input.resolve("c-gone-after-partition.md"));
        IndicatorAssembler assembler = new IndicatorAssembler(Taxonomy.defaults());
        Tasklet worker = new FileGroupTasklet(input, InputFolder.Kind.REPORT, "a-kept.md",
                "c-gone-after-partition.md", RUN, file -> ReportFile.read(input, file, assembler, 1_000_000),
                staging, section -> 0);
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        assertThat(execute(worker, step)).isEqualTo(RepeatStatus.CONTINUABLE);
        Files.delete(input.resolve("b-gone-while-read.md"));
        assertThat(execute(worker, step)).isEqualTo(RepeatStatus.FINISHED);

        Map<String, InputFileFacts> files = staging.inputFiles(RUN).stream()
                .collect(Collectors.toMap(InputFileFacts::file, f -> f));
        Map<String, Rejection> rejections = staging.streamRejections(RUN)
                .collect(Collectors.toMap(Rejection::file, r -> r));
        assertThat(files).containsOnlyKeys("a-kept.md", "b-gone-while-read.md", "c-gone-after-partition.md",
                "d-gone-after-survey.md");
        assertThat(files.get("a-kept.md").rejected()).isZero();
        assertThat(files.get("a-kept.md").indicators()).isPositive();
        for (String listedOnly : new String[] {"c-gone-after-partition.md", "d-gone-after-survey.md"}) {
            assertThat(rejections.get(listedOnly).reason()).contains("已列出但未读取", "消失");
            assertThat(rejections.get(listedOnly).reasonEn()).contains("listed but not read", "disappeared");
        }
        assertThat(rejections.get("b-gone-while-read.md").reason()).contains("文件在列出后消失");
        assertThat(rejections.get("b-gone-while-read.md").reasonEn()).contains("file disappeared after listing");
        assertThat(files.values()).allSatisfy(f -> assertThat(f.recordsRead())
                .isEqualTo(f.written() + f.rejected() + f.skipped()));
        assertThat(files.values()).filteredOn(f -> !f.file().equals("a-kept.md"))
                .allSatisfy(f -> assertThat(f.rejected()).isEqualTo(1));
        assertThat(step.getReadCount()).isEqualTo(files.get("a-kept.md").recordsRead() + 1);
        assertThat(step.getSkipCount()).isEqualTo(1);
        assertThat(staging.readFiles(RUN)).containsExactlyInAnyOrder("a-kept.md", "b-gone-while-read.md");
    }

    private static RepeatStatus execute(Tasklet tasklet, StepExecution step) throws Exception {
        StepContribution contribution = new StepContribution(step);
        RepeatStatus status = tasklet.execute(contribution, new ChunkContext(new StepContext(step)));
        step.apply(contribution);
        return status;
    }

    private static void execute(Tasklet tasklet) throws Exception {
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        tasklet.execute(new StepContribution(step), new ChunkContext(new StepContext(step)));
    }
}
