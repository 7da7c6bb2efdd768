package org.zhibiao.job;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The worker of a file-range partition (extractFile, loadFile) as a chunk-oriented step. A file is the item and a
 * chunk is one file, so each file is read, checked and staged in its own transaction together with the step's
 * progress, and a stop request is honoured between two files. The step's counts are files: read, staged
 * (written) and skipped; a file's records are counted in staging (运行信息's input files).
 */
public final class FileStep {

    /** One file per transaction: a file's rows are many (thousands in a long report) and commit together. */
    static final int FILES_PER_CHUNK = 1;

    private FileStep() {
    }

    public static ChunkOrientedStep<String, CheckedFile> of(String name, JobRepository jobRepository,
            PlatformTransactionManager tx, ItemReader<String> files, ItemProcessor<String, CheckedFile> check,
            ItemWriter<CheckedFile> stage, SkipListener<String, CheckedFile> skipped,
            StepExecutionListener stepLog) {
        return new StepBuilder(name, jobRepository).<String, CheckedFile>chunk(FILES_PER_CHUNK)
                .transactionManager(tx)
                .reader(files)
                .processor(check)
                .writer(stage)
                .faultTolerant()
                .skipPolicy(new FileSkipPolicy())
                .skipListener(skipped)
                .listener(stepLog)
                .build();
    }
}
