package org.zhibiao.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.input.InputFolder;
import org.zhibiao.input.ReportFile;
import org.zhibiao.input.RunSettingsDigest;
import org.zhibiao.input.TableFile;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Rejection;

/**
 * Lists the input folder and records what will not be read: unknown extensions (ignored, listed) and entries
 * refused for safety (symlinks out of the folder, folders named like reports). Reports and tables are read by
 * the partitioned steps that follow; until they do, each listed file is staged as "listed, not read".
 *
 * <p>The survey runs in every execution of a run, restarts included, and makes staging describe the folder and
 * the settings of this command: staged work made under other settings (input folder, taxonomy, file facts, size
 * limit) is cleared and the run starts over; a staged file that is gone from the folder is dropped, one whose
 * SHA-256 changed is read again, a new one is listed. When anything changed (or the reject ratio did), the steps
 * after it run again even if an earlier execution completed them ({@link RestartPlan}); see docs/operations.md.
 */
public final class SurveyTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SurveyTasklet.class);

    static final String LISTED_NOT_READ = "已列出但未读取：文件在列出后消失或改变";
    static final String LISTED_NOT_READ_EN = "listed but not read: the file disappeared or changed after listing";
    /** Job context key: warnings about the settings (file facts for absent files), shown on 运行信息. */
    static final String WARNINGS = "zhibiao.warnings";

    private final Path inputDir;
    private final long runId;
    private final StagingRepository staging;
    private final ToIntFunction<String> sectionOrder;
    private final RunSettingsDigest settings;
    private final RestartPlan plan;

    public SurveyTasklet(Path inputDir, long runId, StagingRepository staging, ToIntFunction<String> sectionOrder) {
        this(inputDir, runId, staging, sectionOrder, RunSettingsDigest.NONE, new RestartPlan());
    }

    SurveyTasklet(Path inputDir, long runId, StagingRepository staging, ToIntFunction<String> sectionOrder,
            RunSettingsDigest settings, RestartPlan plan) {
        this.inputDir = inputDir;
        this.runId = runId;
        this.staging = staging;
        this.sectionOrder = sectionOrder;
        this.settings = settings;
        this.plan = plan;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        List<InputFolder.Entry> entries = InputFolder.list(inputDir);
        // An earlier execution of this run staged something: steps after this one may have completed.
        boolean restart = staging.settingsOf(runId).isPresent() || !staging.stagedFiles(runId).isEmpty();
        boolean changed = settingsChanged();
        Map<String, StagingRepository.StagedFile> staged = staging.stagedFiles(runId);
        long reports = 0;
        long tables = 0;
        Set<String> present = new TreeSet<>();
        for (InputFolder.Entry entry : entries) {
            present.add(entry.name());
            StagingRepository.StagedFile before = staged.get(entry.name());
            switch (entry.kind()) {
                case REPORT -> {
                    reports++;
                    changed |= stageListed(entry, ReportFile.KIND, before);
                }
                case CSV -> {
                    tables++;
                    changed |= stageListed(entry, TableFile.KIND, before);
                }
                case IGNORED -> {
                    log.info("input {} ignored: {}", entry.name(), entry.reasonEn());
                    changed |= before == null || !"IGNORED".equals(before.kind());
                    staging.replaceFile(runId, new InputFileFacts(entry.name(), "IGNORED", 0, "", 0, 0, 0, 0, 0),
                            List.of(), List.of(), sectionOrder);
                }
                case REFUSED -> {
                    log.warn("input {} refused: {}", entry.name(), entry.reasonEn());
                    changed |= before == null || !"REFUSED".equals(before.kind());
                    staging.replaceFile(runId, new InputFileFacts(entry.name(), "REFUSED", 0, "", 1, 0, 1, 0, 0),
                            List.of(), List.of(new Rejection(entry.name(), 0, "", entry.reason(), entry.reasonEn())),
                            sectionOrder);
                    contribution.incrementProcessSkipCount();
                }
            }
        }
        for (String gone : staged.keySet()) {
            if (!present.contains(gone)) {
                log.warn("input {} staged by an earlier execution is gone from the folder: its rows are dropped",
                        gone);
                staging.dropFile(runId, gone);
                changed = true;
            }
        }
        plan.redoFollowingSteps(restart && changed);
        if (restart && changed) {
            log.info("staging changed since the run's earlier executions: the steps after survey run again");
        }
        warnAboutFileFacts(present, contribution.getStepExecution().getJobExecution().getExecutionContext());
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
     * Compares the settings of this command with those the staging was made with. Other staged settings (input
     * folder, taxonomy, file facts, size limit) clear the run: every row would have to be checked against them.
     * Another reject ratio only means the checks run again.
     */
    private boolean settingsChanged() throws IOException {
        String stagedWith = settings.staged(inputDir.toRealPath().toString());
        // Read before anything is cleared.
        var before = staging.settingsOf(runId);
        boolean changed = false;
        if (before.isPresent() && !before.get().get(0).equals(stagedWith)) {
            log.warn("run {} was staged with another input folder, taxonomy, file facts or size limit: its staging"
                    + " is cleared and the run starts over from survey", runId);
            staging.clearRun(runId);
            changed = true;
        } else if (before.isPresent() && !before.get().get(1).equals(settings.checks())) {
            log.info("run {}: the reject ratio changed; cross-check runs again", runId);
            changed = true;
        } else if (before.isEmpty() && !staging.stagedFiles(runId).isEmpty()) {
            // Staged by a release that did not record its settings: they cannot be compared, so start over.
            staging.clearRun(runId);
            changed = true;
        }
        staging.recordSettings(runId, stagedWith, settings.checks());
        return changed;
    }

    /**
     * A listed report or table is staged as rejected until its extract or load replaces the row. If it vanishes
     * (or changes into something not read) before the partitioner lists it again, it is never read, and this row
     * is what keeps it in 运行信息 and 拒绝记录 instead of losing it without a word. A file an earlier execution
     * read is kept as read while its bytes are the same; returns whether the staged file changed.
     */
    private boolean stageListed(InputFolder.Entry entry, String kind, StagingRepository.StagedFile before)
            throws IOException {
        if (before != null && before.read() && before.kind().equals(kind) && unchanged(entry.path(), before)) {
            return false;
        }
        if (before != null && before.read()) {
            log.info("input {} changed since it was staged: it is read again", entry.name());
        }
        staging.stageListed(runId, new InputFileFacts(entry.name(), kind, 0, "", 1, 0, 1, 0, 0),
                new Rejection(entry.name(), 0, "", LISTED_NOT_READ, LISTED_NOT_READ_EN));
        // A file to be read is work for extract or load, even if an earlier execution completed them.
        return true;
    }

    /**
     * Whether a file still has the bytes it was staged from: the same SHA-256; for a file refused without being
     * read (too large), the same size.
     */
    static boolean unchanged(Path path, StagingRepository.StagedFile staged) {
        try {
            if (staged.sha256() == null || staged.sha256().isEmpty()) {
                return staged.bytes() > 0 && Files.size(path) == staged.bytes();
            }
            return staged.sha256().equals(sha256(path));
        } catch (IOException e) {
            return false;
        }
    }

    private static String sha256(Path path) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** File facts that name no file of the folder: a warning in the log and on 运行信息, never a failure. */
    private void warnAboutFileFacts(Set<String> present, ExecutionContext job) {
        List<String> warnings = new ArrayList<>();
        for (String file : settings.factFiles()) {
            if (!present.contains(file)) {
                log.warn("--file-facts names {}, which is not in the input folder {}: its facts are not used", file,
                        inputDir.toAbsolutePath());
                warnings.add("--file-facts 给出的文件“" + file + "”不在输入目录中，未使用 / --file-facts names \""
                        + file + "\", which is not in the input folder: not used");
            }
        }
        job.putString(WARNINGS, String.join("\n", warnings));
    }
}
