package org.zhibiao.job;

import org.zhibiao.input.CatalogueFile;
import org.zhibiao.input.FileFacts;
import org.zhibiao.input.FileOutcome;
import org.zhibiao.input.InputFolder;
import org.zhibiao.input.OptionFile;
import org.zhibiao.input.ReportFile;
import org.zhibiao.input.RunSettingsDigest;
import org.zhibiao.input.TableFile;
import org.zhibiao.input.TaxonomyFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhibiao.classify.Catalogue;
import org.zhibiao.classify.FactResolver;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.PeriodResolver;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.job.remote.RemotePartitions;
import org.zhibiao.job.staging.FactQueries;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.job.staging.StagingSchema;
import org.zhibiao.workbook.DisplayNames;
import org.zhibiao.workbook.WorkbookSettings;
import org.zhibiao.workbook.WorkbookWriter;

/**
 * The nightly job: survey the input folder, extract reports and load tables (partitions of files) into
 * staging, cross-check, export the workbook. Every step works from staging, so a restart resumes at the step
 * that failed and a finished file is never read twice.
 */
@Configuration
@EnableConfigurationProperties(RunSettings.class)
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
    /**
     * Partitions per thread: enough that a thread finishing early finds work (files differ in size), few
     * enough that the JobRepository's bookkeeping stays small next to the files' own work.
     */
    static final int GROUPS_PER_THREAD = 8;

    @Bean
    StagingRepository stagingRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        StagingSchema.create(jdbc);
        return new StagingRepository(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    FactQueries factQueries(JdbcTemplate jdbc) {
        return new FactQueries(jdbc);
    }

    @Bean
    Taxonomy taxonomy(RunSettings settings) {
        return settings.taxonomy() == null ? Taxonomy.defaults() : TaxonomyFile.load(settings.taxonomy());
    }

    @Bean
    FileFacts fileFacts(RunSettings settings) {
        return settings.fileFacts() == null ? FileFacts.none() : FileFacts.load(settings.fileFacts());
    }

    @Bean
    Catalogue catalogue(RunSettings settings) {
        return settings.catalogue() == null ? Catalogue.defaults() : CatalogueFile.load(settings.catalogue());
    }

    @Bean
    FactResolver factResolver(Catalogue catalogue, Taxonomy taxonomy) {
        return new FactResolver(catalogue, taxonomy.sections());
    }

    @Bean
    RunSettingsDigest runSettingsDigest(RunSettings settings, FileFacts fileFacts) {
        String taxonomy = settings.taxonomy() == null ? "default"
                : OptionFile.read(TaxonomyFile.OPTION, settings.taxonomy());
        String catalogue = settings.catalogue() == null ? "default"
                : OptionFile.read(CatalogueFile.OPTION, settings.catalogue());
        return RunSettingsDigest.of(taxonomy, catalogue, fileFacts.canonical(), settings.fileLimits(),
                settings.maxRejectRatio(), fileFacts.files());
    }

    @Bean
    RestartPlan restartPlan() {
        return new RestartPlan();
    }

    @Bean
    SectionOrder sectionOrder(Taxonomy taxonomy) {
        return new SectionOrder(taxonomy.sections());
    }

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
    TaskExecutor partitionExecutor(RunSettings settings) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("partition-");
        executor.setConcurrencyLimit(settings.threads());
        return executor;
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
    Step extractFile(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet extractFileTasklet) {
        return tasklet("extractFile", jobRepository, tx, extractFileTasklet);
    }

    @Bean
    @StepScope
    Tasklet extractFileTasklet(@Value(INPUT) String inputDir, @Value(RUN_ID) long runId, @Value(FIRST) String first,
            @Value(LAST) String last, Taxonomy taxonomy, StagingRepository staging, SectionOrder order,
            RunSettings settings, FileFacts fileFacts, FactResolver facts) {
        Path folder = Path.of(inputDir);
        IndicatorAssembler assembler = new IndicatorAssembler(taxonomy);
        return new FileGroupTasklet(folder, InputFolder.Kind.REPORT, first, last, runId, file -> {
            FileOutcome outcome = ReportFile.read(folder, file, assembler, settings.fileLimits());
            return outcome.withIndicators(facts.resolve(
                    outcome.indicators().stream().map(fileFacts.forFile(file)).toList()));
        }, staging, order);
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
    Step loadFile(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet loadFileTasklet) {
        return tasklet("loadFile", jobRepository, tx, loadFileTasklet);
    }

    @Bean
    @StepScope
    Tasklet loadFileTasklet(@Value(INPUT) String inputDir, @Value(RUN_ID) long runId, @Value(FIRST) String first,
            @Value(LAST) String last, Taxonomy taxonomy, StagingRepository staging, SectionOrder order,
            RunSettings settings, FileFacts fileFacts, FactResolver facts) {
        Path folder = Path.of(inputDir);
        CsvSections sections = new CsvSections(taxonomy);
        return new FileGroupTasklet(folder, InputFolder.Kind.CSV, first, last, runId, file -> {
            FileOutcome outcome = TableFile.read(folder, file, new CsvTableReader(), fileFacts.of(file),
                    row -> fileFacts.forFile(file).apply(PeriodResolver.withYearPeriod(sections.apply(row))),
                    settings.fileLimits());
            return outcome.withIndicators(facts.resolve(outcome.indicators()));
        }, staging, order);
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
    Step export(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet exportTasklet) {
        return tasklet("export", jobRepository, tx, exportTasklet);
    }

    @Bean
    @StepScope
    Tasklet exportTasklet(@Value(RUN_ID) long runId, @Value("#{jobParameters['" + RUN_DATE + "']}") String runDate,
            @Value("#{jobParameters['" + OUTPUT_DIR + "']}") String outputDir, StagingRepository staging,
            JobRepository jobRepository, Taxonomy taxonomy, Catalogue catalogue, RunSettings settings,
            FactQueries facts) {
        LocalDate date = LocalDate.parse(runDate);
        return new ExportTasklet(runId, date, workbookPath(Path.of(outputDir), date), staging, jobRepository,
                workbooks(taxonomy, catalogue, settings), facts, settings.maxLinks());
    }

    /** A completed run's workbook written again from its staging, by the export's tasklet (the launcher runs it, see launch.RunLauncher). */
    @Bean
    WorkbookRebuild workbookRebuild(JobRepository jobRepository, PlatformTransactionManager tx,
            StagingRepository staging, Taxonomy taxonomy, Catalogue catalogue, RunSettings settings,
            RunOwnerListener owner, FactQueries facts) {
        return (stagingRun, date, outputDir) -> new JobBuilder(WorkbookRebuild.JOB_NAME, jobRepository)
                .listener(owner)
                .start(tasklet(WorkbookRebuild.STEP_NAME, jobRepository, tx, new ExportTasklet(stagingRun, date,
                        workbookPath(outputDir, date), staging, jobRepository, workbooks(taxonomy, catalogue, settings), facts,
                        settings.maxLinks())))
                .build();
    }

    private static Path workbookPath(Path outputDir, LocalDate date) {
        return outputDir.resolve("indicators-" + date + ".xlsx");
    }

    private static ExportTasklet.WorkbookFactory workbooks(Taxonomy taxonomy, Catalogue catalogue,
            RunSettings settings) {
        WorkbookSettings workbook = WorkbookSettings.forLocale(settings.locale())
                .withMaxRowsPerSheet(settings.maxRowsPerSheet())
                .withMaxLinks(settings.maxLinks());
        Map<String, String> indicatorsInEnglish = new HashMap<>();
        catalogue.entries().forEach(e -> indicatorsInEnglish.put(e.code(), e.english()));
        DisplayNames names = new DisplayNames(taxonomy.englishNames(), indicatorsInEnglish);
        return () -> new WorkbookWriter(taxonomy.sections(), workbook, names);
    }

    @Bean
    RunOwnerListener runOwnerListener(JobRepository jobRepository) {
        return new RunOwnerListener(jobRepository);
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
