package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.input.InputFolder;
import org.zhibiao.job.CheckedFile;
import org.zhibiao.job.FileGroups;
import org.zhibiao.job.SurveyTasklet;
import org.zhibiao.job.WorkerSteps;
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
    static final long RUN = WorkerSteps.RUN;

    @TempDir
    Path temp;

    Path input;
    StagingRepository staging;
    WorkerSteps workers;

    @BeforeEach
    void folderAndStaging() throws Exception {
        input = Files.createDirectories(temp.resolve("input"));
        for (String name : new String[] {"a-kept.md", "b-gone-while-read.md", "c-gone-after-partition.md",
                "d-gone-after-survey.md"}) {
            Files.copy(SAMPLE, input.resolve(name));
        }
        MemoryStaging memory = MemoryStaging.open("gone-" + temp.getFileName());
        staging = memory.staging();
        workers = new WorkerSteps(input, memory);
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
        ChunkOrientedStep<String, CheckedFile> worker = workers.extract("a-kept.md", "c-gone-after-partition.md");
        worker.registerItemWriteListener(new ItemWriteListener<>() {
            @Override
            public void afterWrite(Chunk<? extends CheckedFile> files) {
                deleteBWhenAIsWritten(files);
            }
        });
        StepExecution step = workers.run(worker);

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
        // The step's counts are files: a-kept.md and b-gone-while-read.md were read and staged (b with its
        // rejection); c-gone-after-partition.md was no longer there to be read.
        assertThat(step.getReadCount()).isEqualTo(2);
        assertThat(step.getWriteCount()).isEqualTo(2);
        assertThat(step.getSkipCount()).isZero();
        assertThat(staging.readFiles(RUN)).containsExactlyInAnyOrder("a-kept.md", "b-gone-while-read.md");
    }

    /** The moment between two files of a worker: the first is staged, the second is about to be read. */
    private void deleteBWhenAIsWritten(Chunk<? extends CheckedFile> files) {
        if (files.getItems().stream().anyMatch(f -> f.facts().file().equals("a-kept.md"))) {
            try {
                Files.delete(input.resolve("b-gone-while-read.md"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void execute(Tasklet tasklet) throws Exception {
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        tasklet.execute(new StepContribution(step), new ChunkContext(new StepContext(step)));
    }
}
