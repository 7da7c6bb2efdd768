package org.zhibiao.job;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.zhibiao.job.staging.InputFileFacts;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Rejection;

/**
 * Lists the input folder and records what will not be read: unknown extensions (ignored, listed) and entries
 * refused for safety (symlinks out of the folder, folders named like reports). Reports and tables are read by
 * the partitioned steps that follow; until they do, each listed file is staged as "listed, not read".
 */
public final class SurveyTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SurveyTasklet.class);

    static final String LISTED_NOT_READ = "已列出但未读取：文件在列出后消失或改变";
    static final String LISTED_NOT_READ_EN = "listed but not read: the file disappeared or changed after listing";

    private final Path inputDir;
    private final long runId;
    private final StagingRepository staging;
    private final ToIntFunction<String> sectionOrder;

    public SurveyTasklet(Path inputDir, long runId, StagingRepository staging, ToIntFunction<String> sectionOrder) {
        this.inputDir = inputDir;
        this.runId = runId;
        this.staging = staging;
        this.sectionOrder = sectionOrder;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<InputFolder.Entry> entries = InputFolder.list(inputDir);
        long reports = 0;
        long tables = 0;
        for (InputFolder.Entry entry : entries) {
            switch (entry.kind()) {
                case REPORT -> {
                    reports++;
                    stageListed(entry, ReportFile.KIND);
                }
                case CSV -> {
                    tables++;
                    stageListed(entry, TableFile.KIND);
                }
                case IGNORED -> {
                    log.info("input {} ignored: {}", entry.name(), entry.reasonEn());
                    staging.replaceFile(runId, new InputFileFacts(entry.name(), "IGNORED", 0, "", 0, 0, 0, 0, 0),
                            List.of(), List.of(), sectionOrder);
                }
                case REFUSED -> {
                    log.warn("input {} refused: {}", entry.name(), entry.reasonEn());
                    staging.replaceFile(runId, new InputFileFacts(entry.name(), "REFUSED", 0, "", 1, 0, 1, 0, 0),
                            List.of(), List.of(new Rejection(entry.name(), 0, "", entry.reason(), entry.reasonEn())),
                            sectionOrder);
                    contribution.incrementProcessSkipCount();
                }
            }
        }
        log.info("input folder {}: {} reports, {} tables, {} other entries", inputDir.toAbsolutePath(), reports,
                tables, entries.size() - reports - tables);
        if (reports + tables == 0) {
            log.warn("input folder {} holds no report (.md/.txt) and no table (.csv): the workbook will be empty",
                    inputDir.toAbsolutePath());
        }
        var step = contribution.getStepExecution();
        step.setReadCount(entries.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * A listed report or table is staged as rejected until its extract or load replaces the row. If it vanishes
     * (or changes into something not read) before the partitioner lists it again, it is never read, and this row
     * is what keeps it in 运行信息 and 拒绝记录 instead of losing it without a word.
     */
    private void stageListed(InputFolder.Entry entry, String kind) {
        staging.stageListed(runId, new InputFileFacts(entry.name(), kind, 0, "", 1, 0, 1, 0, 0),
                new Rejection(entry.name(), 0, "", LISTED_NOT_READ, LISTED_NOT_READ_EN));
    }
}
