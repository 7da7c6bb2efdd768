package org.zhibiao.job;

import java.nio.file.Path;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.input.FileOutcome;
import org.zhibiao.input.InputFolder;
import org.zhibiao.input.ReportFile;
import org.zhibiao.job.staging.MemoryStaging;

/**
 * The extract worker as the job builds it ({@link FileStep} with its reader, processor, writer and skip
 * listener), over an input folder and a staging database of the test's own, run as one partition's step
 * execution per call. Shared by the job's tests in every package.
 */
public final class WorkerSteps {

    public static final long RUN = 9L;
    private static final IndicatorAssembler ASSEMBLER = new IndicatorAssembler(Taxonomy.defaults());

    private final Path input;
    private final MemoryStaging staging;
    private final JobRepository repository = new ResourcelessJobRepository();

    public WorkerSteps(Path input, MemoryStaging staging) {
        this.input = input;
        this.staging = staging;
    }

    /** How the job reads a report: decode, parse, extract and classify (no file facts, default catalogue). */
    public Function<String, FileOutcome> reports() {
        return file -> ReportFile.read(input, file, ASSEMBLER, 1_000_000);
    }

    /** The worker of the reports {@code first} to {@code last}, reading them with {@code reader}. */
    public ChunkOrientedStep<String, CheckedFile> extract(String first, String last,
            Function<String, FileOutcome> reader) {
        return FileStep.of("extractFile", repository,
                new DataSourceTransactionManager(staging.jdbc().getDataSource()),
                new UnreadFileReader(input, InputFolder.Kind.REPORT, first, last, RUN, staging.staging()),
                new FileProcessor(reader), new StagingWriter(RUN, staging.staging(), section -> 0),
                new SkippedFileListener(input, ReportFile.KIND, RUN, staging.staging(), section -> 0),
                new StepLogListener());
    }

    public ChunkOrientedStep<String, CheckedFile> extract(String first, String last) {
        return extract(first, last, reports());
    }

    /** Runs {@code step} as a new step execution (a partition's first run, or its restart). */
    public StepExecution run(Step step) throws Exception {
        JobParameters parameters = new JobParameters();
        JobInstance instance = repository.createJobInstance("zhibiao", parameters);
        JobExecution job = repository.createJobExecution(instance, parameters, new ExecutionContext());
        StepExecution execution = repository.createStepExecution(step.getName(), job);
        step.execute(execution);
        return execution;
    }
}
