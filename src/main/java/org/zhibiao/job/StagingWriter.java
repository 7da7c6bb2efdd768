package org.zhibiao.job;

import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.input.ReportFile;
import org.zhibiao.job.staging.StagingRepository;

/**
 * Stages checked files: each replaces what the run held for it and is recorded as read, in the chunk's
 * transaction, so it commits together with the step's progress. Logs one line per file and keeps the
 * indicators staged in the step's context ({@link StepLogListener#INDICATORS}): the step's own counts are files.
 */
public final class StagingWriter implements ItemStreamWriter<CheckedFile> {

    private static final Logger log = LoggerFactory.getLogger("zhibiao.files");

    private final long runId;
    private final StagingRepository staging;
    private final ToIntFunction<String> sectionOrder;
    private long indicators;

    public StagingWriter(long runId, StagingRepository staging, ToIntFunction<String> sectionOrder) {
        this.runId = runId;
        this.staging = staging;
        this.sectionOrder = sectionOrder;
    }

    @Override
    public void open(ExecutionContext context) {
        // A restarted partition goes on counting from what its earlier execution staged.
        indicators = context.getLong(StepLogListener.INDICATORS, 0);
    }

    @Override
    public void write(Chunk<? extends CheckedFile> files) {
        for (CheckedFile file : files) {
            InputFileFacts facts = file.facts();
            staging.replaceFile(runId, facts, file.rows(), file.rejections(), file.findings(), sectionOrder);
            indicators += file.rows().size();
            log.info("{} {}: read={} written={} rejected={} skipped={} indicators={} findings={} in {} ms",
                    ReportFile.KIND.equals(facts.kind()) ? "extracted" : "loaded", facts.file(), facts.recordsRead(),
                    facts.written(), facts.rejected(), facts.skipped(), facts.indicators(), file.findings().size(),
                    (System.nanoTime() - file.started()) / 1_000_000);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(StepLogListener.INDICATORS, indicators);
    }
}
