package org.zhibiao.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.job.staging.InputFileFacts;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;
import org.zhibiao.text.Document;
import org.zhibiao.text.ReportParser;
import org.zhibiao.text.TextDecoder;

/**
 * Extracts one report file into staging. A file that cannot be read becomes a rejection, never a failed run.
 * A report is one record: read once, then written (with its indicators) or rejected.
 */
final class ExtractFileTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExtractFileTasklet.class);

    private final Path inputDir;
    private final String file;
    private final long runId;
    private final IndicatorAssembler assembler;
    private final StagingRepository staging;
    private final SectionOrder sectionOrder;
    private final long maxFileBytes;

    ExtractFileTasklet(Path inputDir, String file, long runId, IndicatorAssembler assembler,
            StagingRepository staging, SectionOrder sectionOrder, long maxFileBytes) {
        this.inputDir = inputDir;
        this.file = file;
        this.runId = runId;
        this.assembler = assembler;
        this.staging = staging;
        this.sectionOrder = sectionOrder;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        contribution.incrementReadCount();
        Path path = InputFolder.resolve(inputDir, file);
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                reject(contribution, size, "", "文件过大：" + size + " 字节，上限 " + maxFileBytes + " 字节",
                        "file too large: " + size + " bytes, limit " + maxFileBytes);
                return RepeatStatus.FINISHED;
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            reject(contribution, 0, "", "文件在列出后消失，未能读取", "file disappeared after listing");
            return RepeatStatus.FINISHED;
        } catch (IOException e) {
            reject(contribution, 0, "", "无法读取文件：" + e.getMessage(), "cannot read file: " + e.getMessage());
            return RepeatStatus.FINISHED;
        }
        String sha = FileDigest.sha256(bytes);
        if (bytes.length == 0) {
            reject(contribution, 0, sha, "空文件", "empty file");
            return RepeatStatus.FINISHED;
        }
        String text;
        try {
            text = TextDecoder.decode(bytes).text();
        } catch (TextDecoder.NotTextException e) {
            reject(contribution, bytes.length, sha, e.getMessage(), e.reasonEn());
            return RepeatStatus.FINISHED;
        }
        List<Indicator> indicators;
        try {
            Document document = new ReportParser().parse(file, text);
            indicators = assembler.assemble(document, null, null);
        } catch (RuntimeException e) {
            // A defect met on one odd file must not lose the other files of the night: keep it visible instead.
            log.error("extract of {} failed with an internal error", file, e);
            reject(contribution, bytes.length, sha, "内部错误，文件未能抽取：" + e,
                    "internal error, file not extracted: " + e);
            return RepeatStatus.FINISHED;
        }
        staging.replaceFile(runId, new InputFileFacts(file, "REPORT", bytes.length, sha, 1, 1, 0, 0,
                indicators.size()), indicators, List.of(), sectionOrder);
        contribution.incrementWriteCount(indicators.size());
        return RepeatStatus.FINISHED;
    }

    private void reject(StepContribution contribution, long bytes, String sha, String reason, String reasonEn) {
        log.warn("report {} rejected: {} / {}", file, reason, reasonEn);
        staging.replaceFile(runId, new InputFileFacts(file, "REPORT", bytes, sha, 1, 0, 1, 0, 0), List.of(),
                List.of(new Rejection(file, 0, "", reason, reasonEn)), sectionOrder);
        contribution.incrementProcessSkipCount();
    }
}
