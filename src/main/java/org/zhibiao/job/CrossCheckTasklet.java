package org.zhibiao.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.input.TableFile;
import org.zhibiao.job.staging.FactQueries;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Source;
import org.zhibiao.validate.FactAgreement;
import org.zhibiao.validate.Validator;

/**
 * Compares the CSV tables with the text, and the mentions of each fact across sources (one finding per fact whose
 * 摘要, 正文 and CSV values disagree), and stores those findings; each file's own findings were made when it was
 * staged. Findings never fail a run; too much bad input (rejected / read over --max-reject-ratio) does.
 */
final class CrossCheckTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CrossCheckTasklet.class);
    /** Text rows compared with the CSV rows at once; bounds memory, and the CSV index is rebuilt per batch. */
    private static final int TEXT_BATCH = 20_000;

    private final long runId;
    private final StagingRepository staging;
    private final double maxRejectRatio;
    private final FactQueries facts;

    CrossCheckTasklet(long runId, StagingRepository staging, FactQueries facts, double maxRejectRatio) {
        this.runId = runId;
        this.staging = staging;
        this.facts = facts;
        this.maxRejectRatio = maxRejectRatio;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        checkRejectRatio();
        List<Indicator> csvRows = staging.indicatorsOf(runId, TableFile.KIND);
        Validator acrossSources = Validator.acrossSources();
        List<Finding> findings = new ArrayList<>();
        List<Indicator> textBatch = new ArrayList<>();
        long[] rows = {csvRows.size()};
        if (!csvRows.isEmpty()) {
            // One file at a time, so memory holds a batch of text rows (plus the CSV rows) whatever the run's size.
            staging.forEachFile(runId, fileRows -> {
                if (fileRows.get(0).source() != Source.CSV) {
                    rows[0] += fileRows.size();
                    textBatch.addAll(fileRows);
                    if (textBatch.size() >= TEXT_BATCH) {
                        findings.addAll(compare(acrossSources, csvRows, textBatch));
                        textBatch.clear();
                    }
                }
            });
            findings.addAll(compare(acrossSources, csvRows, textBatch));
        }
        // Only facts whose values differ between sources are read back (the database groups the rest away).
        for (List<Indicator> mentions : facts.differingAcrossSources(runId)) {
            FactAgreement.check(mentions).ifPresent(findings::add);
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed());
        staging.replaceCrossFindings(runId, findings, Validator.rowChecks(findings));
        contribution.getStepExecution().setReadCount(rows[0]);
        contribution.incrementWriteCount(findings.size());
        log.info("cross-check: {} CSV rows against {} text rows, {} findings", csvRows.size(),
                rows[0] - csvRows.size(), findings.size());
        return RepeatStatus.FINISHED;
    }

    private static List<Finding> compare(Validator acrossSources, List<Indicator> csvRows, List<Indicator> text) {
        if (csvRows.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        List<Indicator> both = new ArrayList<>(csvRows.size() + text.size());
        both.addAll(csvRows);
        both.addAll(text);
        return acrossSources.validate(both);
    }

    private void checkRejectRatio() {
        checkRejectRatio(staging.inputFiles(runId), maxRejectRatio);
    }

    /**
     * Fails when rejected / read over all input files exceeds {@code maxRejectRatio}. The export does not run
     * then, so the message names the files that gave the most rejections: the operator sees them without the
     * workbook.
     */
    static void checkRejectRatio(List<InputFileFacts> files, double maxRejectRatio) {
        long read = 0;
        long rejected = 0;
        for (InputFileFacts file : files) {
            read += file.recordsRead();
            rejected += file.rejected();
        }
        if (read > 0 && (double) rejected / read > maxRejectRatio) {
            String worst = files.stream()
                    .filter(f -> f.rejected() > 0)
                    .sorted(java.util.Comparator.comparingLong(InputFileFacts::rejected).reversed()
                            .thenComparing(InputFileFacts::file))
                    .limit(5)
                    .map(f -> f.file() + " (" + f.rejected() + "/" + f.recordsRead() + ")")
                    .collect(java.util.stream.Collectors.joining(", "));
            throw new RejectRatioExceededException(String.format(
                    "拒绝记录过多：%d / %d = %.1f%%，超过上限 %.1f%%（--max-reject-ratio）；主要来自 %s"
                            + " / too much bad input: %d of %d records rejected (%.1f%%), limit %.1f%%;"
                            + " mostly from %s",
                    rejected, read, 100.0 * rejected / read, 100 * maxRejectRatio, worst, rejected, read,
                    100.0 * rejected / read, 100 * maxRejectRatio, worst));
        }
    }

    /** The input was too bad to trust the workbook; the operator must look at 拒绝记录 or the logs. */
    static final class RejectRatioExceededException extends RuntimeException {
        RejectRatioExceededException(String message) {
            super(message);
        }
    }
}
