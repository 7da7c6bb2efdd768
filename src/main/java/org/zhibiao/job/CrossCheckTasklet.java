package org.zhibiao.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.zhibiao.job.staging.InputFileFacts;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.job.staging.StagingRepository.RowCheck;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;
import org.zhibiao.validate.Validator;

/**
 * Validates everything staged for the run and stores the findings. Findings never fail a run; too much bad
 * input (rejected / read over --max-reject-ratio) does.
 */
final class CrossCheckTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CrossCheckTasklet.class);

    private final long runId;
    private final StagingRepository staging;
    private final double maxRejectRatio;

    CrossCheckTasklet(long runId, StagingRepository staging, double maxRejectRatio) {
        this.runId = runId;
        this.staging = staging;
        this.maxRejectRatio = maxRejectRatio;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        checkRejectRatio();
        List<Indicator> indicators = staging.indicators(runId);
        List<Finding> findings = new Validator().validate(indicators);
        staging.replaceFindings(runId, findings, rowChecks(findings));
        var step = contribution.getStepExecution();
        step.setReadCount(indicators.size());
        contribution.incrementWriteCount(findings.size());
        log.info("cross-check: {} indicators, {} findings", indicators.size(), findings.size());
        return RepeatStatus.FINISHED;
    }

    private void checkRejectRatio() {
        long read = 0;
        long rejected = 0;
        for (InputFileFacts file : staging.inputFiles(runId)) {
            read += file.recordsRead();
            rejected += file.rejected();
        }
        if (read > 0 && (double) rejected / read > maxRejectRatio) {
            throw new RejectRatioExceededException(String.format(
                    "拒绝记录过多：%d / %d = %.1f%%，超过上限 %.1f%%（--max-reject-ratio）/ too much bad input: %d of %d"
                            + " records rejected (%.1f%%), limit %.1f%%",
                    rejected, read, 100.0 * rejected / read, 100 * maxRejectRatio, rejected, read,
                    100.0 * rejected / read, 100 * maxRejectRatio));
        }
    }

    /** The worst severity per row and every reason, for the 校验 and 说明 columns. */
    static Map<Long, RowCheck> rowChecks(List<Finding> findings) {
        Map<Long, RowCheck> checks = new HashMap<>();
        for (Finding finding : findings) {
            for (Long id : finding.indicatorIds()) {
                checks.merge(id, new RowCheck(finding.severity(), finding.message()), (a, b) -> new RowCheck(
                        a.severity().worse(b.severity()), a.note().contains(b.note()) ? a.note()
                                : a.note() + "；" + b.note()));
            }
        }
        checks.values().removeIf(c -> c.severity() == Severity.PASS);
        return checks;
    }

    /** The input was too bad to trust the workbook; the operator must look at 拒绝记录 or the logs. */
    static final class RejectRatioExceededException extends RuntimeException {
        RejectRatioExceededException(String message) {
            super(message);
        }
    }
}
