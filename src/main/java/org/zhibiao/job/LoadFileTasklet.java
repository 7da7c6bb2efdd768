package org.zhibiao.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.zhibiao.csv.CsvResult;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.job.staging.InputFileFacts;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;

/** Loads one CSV table into staging; bad rows become rejections and the counts reconcile per file. */
final class LoadFileTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(LoadFileTasklet.class);

    private final Path inputDir;
    private final String file;
    private final long runId;
    private final CsvTableReader reader;
    private final UnaryOperator<Indicator> classifier;
    private final StagingRepository staging;
    private final SectionOrder sectionOrder;

    LoadFileTasklet(Path inputDir, String file, long runId, CsvTableReader reader,
            UnaryOperator<Indicator> classifier, StagingRepository staging, SectionOrder sectionOrder) {
        this.inputDir = inputDir;
        this.file = file;
        this.runId = runId;
        this.reader = reader;
        this.classifier = classifier;
        this.staging = staging;
        this.sectionOrder = sectionOrder;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path path = InputFolder.resolve(inputDir, file);
        long bytes;
        String sha;
        try {
            bytes = Files.size(path);
            sha = FileDigest.sha256(Files.readAllBytes(path));
        } catch (IOException e) {
            log.warn("table {} could not be read: {}", file, e.toString());
            staging.replaceFile(runId, new InputFileFacts(file, "CSV", 0, "", 1, 0, 1, 0, 0), List.of(),
                    List.of(new Rejection(file, 0, "", "无法读取文件：" + e.getMessage(),
                            "cannot read file: " + e.getMessage())), sectionOrder);
            contribution.incrementReadCount();
            contribution.incrementProcessSkipCount();
            return RepeatStatus.FINISHED;
        }
        CsvResult result = reader.read(path, file);
        List<Indicator> rows = result.indicators().stream().map(classifier).toList();
        long rejected = result.rejections().size();
        staging.replaceFile(runId, new InputFileFacts(file, "CSV", bytes, sha, result.recordsRead(), rows.size(),
                rejected, result.skipped(), rows.size()), rows, result.rejections(), sectionOrder);
        // StepContribution counts reads one by one; a table's rows are read in one go.
        var step = contribution.getStepExecution();
        step.setReadCount(step.getReadCount() + result.recordsRead());
        contribution.incrementWriteCount(rows.size());
        contribution.incrementProcessSkipCount(rejected);
        contribution.incrementFilterCount(result.skipped());
        return RepeatStatus.FINISHED;
    }
}
