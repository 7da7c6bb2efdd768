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
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.job.ExtractFileTasklet;
import org.zhibiao.job.FilePartitioner;
import org.zhibiao.job.InputFolder;
import org.zhibiao.job.SurveyTasklet;
import org.zhibiao.job.staging.InputFileFacts;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.job.staging.StagingSchema;
import org.zhibiao.model.Rejection;

/**
 * A file that disappears between the listing and the read, at each of the two moments it can: after the survey
 * (the partitioner no longer lists it) and after the partitioner (the worker finds nothing). Either way it stays
 * in 运行信息 and 拒绝记录 with a reason; the run does not fail.
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
        Files.copy(SAMPLE, input.resolve("kept.md"));
        Files.copy(SAMPLE, input.resolve("gone-after-survey.md"));
        Files.copy(SAMPLE, input.resolve("gone-after-partition.md"));
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:" + temp.getFileName()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        StagingSchema.create(jdbc);
        staging = new StagingRepository(jdbc, new TransactionTemplate(new DataSourceTransactionManager(db)));
    }

    @Test
    void aFileGoneAtEitherMomentIsRejectedNotLost() throws Exception {
        execute(new SurveyTasklet(input, RUN, staging, section -> 0));
        Files.delete(input.resolve("gone-after-survey.md"));

        Map<String, ?> partitions = new FilePartitioner(input, InputFolder.Kind.REPORT).partition(2);
        assertThat(partitions).hasSize(2);
        Files.delete(input.resolve("gone-after-partition.md"));
        IndicatorAssembler assembler = new IndicatorAssembler(Taxonomy.defaults());
        for (String file : new String[] {"kept.md", "gone-after-partition.md"}) {
            execute(new ExtractFileTasklet(input, file, RUN, assembler, staging, section -> 0, 1_000_000));
        }

        Map<String, InputFileFacts> files = staging.inputFiles(RUN).stream()
                .collect(Collectors.toMap(InputFileFacts::file, f -> f));
        Map<String, Rejection> rejections = staging.streamRejections(RUN)
                .collect(Collectors.toMap(Rejection::file, r -> r));
        assertThat(files).containsOnlyKeys("kept.md", "gone-after-survey.md", "gone-after-partition.md");
        assertThat(files.get("kept.md").rejected()).isZero();
        assertThat(files.get("kept.md").indicators()).isPositive();
        assertThat(rejections.get("gone-after-survey.md").reason()).contains("已列出但未读取", "消失");
        assertThat(rejections.get("gone-after-survey.md").reasonEn()).contains("listed but not read", "disappeared");
        assertThat(rejections.get("gone-after-partition.md").reason()).contains("文件在列出后消失");
        assertThat(rejections.get("gone-after-partition.md").reasonEn()).contains("file disappeared after listing");
        assertThat(files.values()).allSatisfy(f -> assertThat(f.recordsRead())
                .isEqualTo(f.written() + f.rejected() + f.skipped()));
        assertThat(files.get("gone-after-survey.md").rejected()).isEqualTo(1);
        assertThat(files.get("gone-after-partition.md").rejected()).isEqualTo(1);
    }

    private static void execute(Tasklet tasklet) throws Exception {
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        tasklet.execute(new StepContribution(step), new ChunkContext(new StepContext(step)));
    }
}
