package org.zhibiao.job;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.zhibiao.classify.Catalogue;
import org.zhibiao.classify.FactResolver;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.input.FileFacts;
import org.zhibiao.input.InputFolder;
import org.zhibiao.input.ReportFile;
import org.zhibiao.input.RunSettingsDigest;
import org.zhibiao.input.TableFile;
import org.zhibiao.job.remote.RemotePartitions;
import org.zhibiao.job.staging.FactQueries;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Indicator;
import org.zhibiao.workbook.item.XlsxItemWriter;

/**
 * The nightly job: survey the input folder, extract reports and load tables (partitions of files) into
 * staging, cross-check, export the workbook. What the steps share (settings, taxonomy, catalogue, staging) comes
 * from {@link RunResourcesConfiguration}. Every step works from staging, so a restart resumes at the step
 * that failed and a finished file is never read twice.
 */
@Configuration
public class ZhibiaoJobConfiguration {

    public static final String JOB_NAME = "zhibiao";
    public static final String RUN_DATE = "run.date";
    public static final String RERUN = "rerun";
    public static final String INPUT_DIR = "input.dir";
    public static final String OUTPUT_DIR = "output.dir";

    private static final String INPUT = "#{jobParameters['" + INPUT_DIR + "']}";
    private static final String RUN_ID = "#{stepExecution.jobExecution.jobInstanceId}";
    private static final String FIRST = "#{stepExecutionContext['" + FileGroups.FIRST + "']}";
    private static final String LAST = "#{stepExecutionContext['" + FileGroups.LAST + "']}";
    private static final String OUTPUT = "#{jobParameters['" + OUTPUT_DIR + "']}";
    private static final String RUN_DATE_PARAMETER = "#{jobParameters['" + RUN_DATE + "']}";
    /** The run the export reads: the job's own, or for a rebuild the staging run it names. */
    private static final String EXPORT_RUN = "#{jobParameters['" + WorkbookRebuild.STAGING_RUN + "'] ?: "
            + "stepExecution.jobExecution.jobInstanceId}";
    /**
     * Partitions per thread: enough that a thread finishing early finds work (files differ in size), few
     * enough that the JobRepository's bookkeeping stays small next to the files' own work.
     */
    static final int GROUPS_PER_THREAD = 8;

    @Bean
    Job zhibiaoJob(JobRepository jobRepository, Step survey, Step extract, Step load, Step crossCheck, Step export,
            RunOwnerListener owner, RestartPlan plan) {
        // The survey runs in every execution; what follows runs again when it found staging out of date.
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(owner)
                .start(survey)
                .next(plan.redoable(extract))
                .next(plan.redoable(load))
                .next(plan.redoable(crossCheck))
                .next(plan.redoable(export))
                .build();
    }

    @Bean
    Step survey(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet surveyTasklet) {
        return new StepBuilder("survey", jobRepository)
                .tasklet(surveyTasklet, tx)
                .allowStartIfComplete(true)
                .listener(stepLogListener())
                .build();
    }

    @Bean
    @StepScope
    Tasklet surveyTasklet(@Value(INPUT) String inputDir, @Value(RUN_ID) long runId, StagingRepository staging,
            SectionOrder order, RunSettingsDigest settings, RestartPlan plan) {
        return new SurveyTasklet(Path.of(inputDir), runId, staging, order, settings, plan);
    }

    @Bean
    Step extract(JobRepository jobRepository, Step extractFile, Partitioner reportPartitioner,
            TaskExecutor partitionExecutor, RunSettings settings, ObjectProvider<RemotePartitions> remote) {
        return partitioned("extract", jobRepository, extractFile, reportPartitioner, partitionExecutor, settings,
                remote.getIfAvailable());
    }

    @Bean
    @StepScope
    Partitioner reportPartitioner(@Value(INPUT) String inputDir, @Value(RUN_ID) long runId,
            StagingRepository staging) {
        return new FileGroups(Path.of(inputDir), InputFolder.Kind.REPORT, runId, staging, GROUPS_PER_THREAD);
    }

    @Bean
    Step extractFile(JobRepository jobRepository, PlatformTransactionManager tx, ItemStreamReader<String> reportReader,
            ItemProcessor<String, CheckedFile> reportProcessor, ItemStreamWriter<CheckedFile> stagingWriter,
            SkipListener<String, CheckedFile> skippedReports) {
        return FileStep.of("extractFile", jobRepository, tx, reportReader, reportProcessor, stagingWriter,
                skippedReports, stepLogListener());
    }

    @Bean
    @StepScope
    ItemStreamReader<String> reportReader(@Value(INPUT) String inputDir, @Value(RUN_ID) long runId,
            @Value(FIRST) String first, @Value(LAST) String last, StagingRepository staging) {
        return new UnreadFileReader(Path.of(inputDir), InputFolder.Kind.REPORT, first, last, runId, staging);
    }

    @Bean
    @StepScope
    ItemProcessor<String, CheckedFile> reportProcessor(@Value(INPUT) String inputDir, Taxonomy taxonomy,
            RunSettings settings, FileFacts fileFacts, FactResolver facts) {
        return FileProcessor.reports(Path.of(inputDir), taxonomy, settings.fileLimits(), fileFacts, facts);
    }

    @Bean
    @StepScope
    SkipListener<String, CheckedFile> skippedReports(@Value(INPUT) String inputDir, @Value(RUN_ID) long runId,
            StagingRepository staging, SectionOrder order) {
        return new SkippedFileListener(Path.of(inputDir), ReportFile.KIND, runId, staging, order);
    }

    /** Stages the checked files of extractFile and loadFile alike (one per step execution: it counts them). */
    @Bean
    @StepScope
    ItemStreamWriter<CheckedFile> stagingWriter(@Value(RUN_ID) long runId, StagingRepository staging,
            SectionOrder order) {
        return new StagingWriter(runId, staging, order);
    }

    @Bean
    Step load(JobRepository jobRepository, Step loadFile, Partitioner tablePartitioner,
            TaskExecutor partitionExecutor, RunSettings settings, ObjectProvider<RemotePartitions> remote) {
        return partitioned("load", jobRepository, loadFile, tablePartitioner, partitionExecutor, settings,
                remote.getIfAvailable());
    }

    @Bean
    @StepScope
    Partitioner tablePartitioner(@Value(INPUT) String inputDir, @Value(RUN_ID) long runId,
            StagingRepository staging) {
        return new FileGroups(Path.of(inputDir), InputFolder.Kind.CSV, runId, staging, GROUPS_PER_THREAD);
    }

    @Bean
    Step loadFile(JobRepository jobRepository, PlatformTransactionManager tx, ItemStreamReader<String> tableReader,
            ItemProcessor<String, CheckedFile> tableProcessor, ItemStreamWriter<CheckedFile> stagingWriter,
            SkipListener<String, CheckedFile> skippedTables) {
        return FileStep.of("loadFile", jobRepository, tx, tableReader, tableProcessor, stagingWriter, skippedTables,
                stepLogListener());
    }

    @Bean
    @StepScope
    ItemStreamReader<String> tableReader(@Value(INPUT) String inputDir, @Value(RUN_ID) long runId,
            @Value(FIRST) String first, @Value(LAST) String last, StagingRepository staging) {
        return new UnreadFileReader(Path.of(inputDir), InputFolder.Kind.CSV, first, last, runId, staging);
    }

    @Bean
    @StepScope
    ItemProcessor<String, CheckedFile> tableProcessor(@Value(INPUT) String inputDir, Taxonomy taxonomy,
            RunSettings settings, FileFacts fileFacts, FactResolver facts) {
        return FileProcessor.tables(Path.of(inputDir), taxonomy, settings.fileLimits(), fileFacts, facts);
    }

    @Bean
    @StepScope
    SkipListener<String, CheckedFile> skippedTables(@Value(INPUT) String inputDir, @Value(RUN_ID) long runId,
            StagingRepository staging, SectionOrder order) {
        return new SkippedFileListener(Path.of(inputDir), TableFile.KIND, runId, staging, order);
    }

    @Bean
    Step crossCheck(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet crossCheckTasklet) {
        return tasklet("crossCheck", jobRepository, tx, crossCheckTasklet);
    }

    @Bean
    @StepScope
    Tasklet crossCheckTasklet(@Value(RUN_ID) long runId, StagingRepository staging, FactQueries facts,
            RunSettings settings) {
        return new CrossCheckTasklet(runId, staging, facts, settings.maxRejectRatio());
    }

    @Bean
    Step export(JobRepository jobRepository, PlatformTransactionManager tx, StagedIndicatorReader exportReader,
            XlsxItemWriter<Indicator> exportWriter) {
        return ExportStep.step("export", jobRepository, tx, exportReader, exportWriter, stepLogListener());
    }

    /** The run's staged rows in workbook order; the rebuild job's step reads the staging run it names. */
    @Bean
    @StepScope
    StagedIndicatorReader exportReader(@Value(EXPORT_RUN) long runId, StagingRepository staging) {
        return new StagedIndicatorReader(runId, staging);
    }

    @Bean
    @StepScope
    XlsxItemWriter<Indicator> exportWriter(@Value(EXPORT_RUN) long runId, @Value(RUN_DATE_PARAMETER) String runDate,
            @Value(OUTPUT) String outputDir, @Value("#{stepExecution}") StepExecution self,
            StagedIndicatorReader exportReader, StagingRepository staging, FactQueries facts,
            JobRepository jobRepository, PlatformTransactionManager tx, Taxonomy taxonomy, Catalogue catalogue,
            RunSettings settings) {
        return ExportStep.writer(runId, LocalDate.parse(runDate), Path.of(outputDir), self, exportReader, staging,
                facts, jobRepository, tx, taxonomy, catalogue, settings);
    }

    /**
     * A completed run's workbook written again from its staging by the export's own reader and writer (the
     * launcher runs it with the run date, the staging run and the output folder as job parameters, see
     * launch.RunLauncher).
     */
    @Bean
    WorkbookRebuild workbookRebuild(JobRepository jobRepository, PlatformTransactionManager tx,
            StagedIndicatorReader exportReader, XlsxItemWriter<Indicator> exportWriter, RunOwnerListener owner) {
        return (stagingRun, date, outputDir) -> new JobBuilder(WorkbookRebuild.JOB_NAME, jobRepository)
                .listener(owner)
                .start(ExportStep.step(WorkbookRebuild.STEP_NAME, jobRepository, tx, exportReader, exportWriter,
                        stepLogListener()))
                .build();
    }

    @Bean
    StepLogListener stepLogListener() {
        return new StepLogListener();
    }

    /**
     * A few worker step executions per thread, {@code threads} at a time; restart reads only unread files. With
     * {@code --workers=remote} the same partitions go to worker processes over the broker (docs/scale-out.md).
     */
    private Step partitioned(String name, JobRepository jobRepository, Step worker, Partitioner partitioner,
            TaskExecutor executor, RunSettings settings, RemotePartitions remote) {
        // The partitioner makes ranges of files still to be read only, so every range it makes must run, even one
        // whose name a completed range of an earlier execution had (a file of it changed and is read again).
        SimpleStepExecutionSplitter splitter = new SimpleStepExecutionSplitter(jobRepository, worker.getName(),
                partitioner);
        splitter.setAllowStartIfComplete(true);
        PartitionStepBuilder step = new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), partitioner)
                .splitter(splitter);
        if (remote != null) {
            return step.partitionHandler(remote.handler(worker.getName(), settings.threads()))
                    .listener(stepLogListener())
                    .build();
        }
        return step.step(worker)
                .gridSize(settings.threads())
                .taskExecutor(executor)
                .listener(stepLogListener())
                .build();
    }

    private Step tasklet(String name, JobRepository jobRepository, PlatformTransactionManager tx, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, tx)
                .listener(stepLogListener())
                .build();
    }
}
