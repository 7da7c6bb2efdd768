package org.zhibiao.job;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.zhibiao.input.FileOutcome;
import org.zhibiao.job.staging.StagingRepository;

/**
 * Records a file the step skipped (its processing threw, see {@link FileSkipPolicy}): staged as read with one
 * rejection that gives the cause, in Chinese and English, in the chunk's transaction. Nothing is lost, and a
 * restart does not read the file again unless it changed.
 */
public final class SkippedFileListener implements SkipListener<String, CheckedFile> {

    private static final Logger log = LoggerFactory.getLogger("zhibiao.files");

    private final Path inputDir;
    private final String kind;
    private final long runId;
    private final StagingRepository staging;
    private final ToIntFunction<String> sectionOrder;

    /** @param kind the kind staged for the file, {@code ReportFile.KIND} or {@code TableFile.KIND} */
    public SkippedFileListener(Path inputDir, String kind, long runId, StagingRepository staging,
            ToIntFunction<String> sectionOrder) {
        this.inputDir = inputDir;
        this.kind = kind;
        this.runId = runId;
        this.staging = staging;
        this.sectionOrder = sectionOrder;
    }

    @Override
    public void onSkipInProcess(String file, Throwable cause) {
        // A defect met on one odd file must not lose the other files of the night: keep it visible instead.
        log.error("{} skipped: internal error while reading it, recorded in 拒绝记录", file, cause);
        FileOutcome failed = FileOutcome.failed(inputDir, file, kind, cause);
        staging.replaceFile(runId, failed.facts(), List.of(), failed.rejections(), sectionOrder);
    }
}
