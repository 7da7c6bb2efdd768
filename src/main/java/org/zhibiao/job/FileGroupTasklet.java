package org.zhibiao.job;

import org.zhibiao.input.FileOutcome;
import org.zhibiao.input.InputFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.validate.Validator;

/**
 * The worker of one {@link FileGroups} partition: reads, validates and stages the files of its name range, one
 * file per call, so each file commits in its own transaction together with the step's progress. A stop request
 * is honoured between two files, and a restart never reads again a file this run has already staged.
 *
 * <p>The files are those in the folder when the worker starts, within the range and not yet read by this run:
 * a file listed by the survey that is gone by then keeps its "listed, not read" row in 拒绝记录.
 */
public final class FileGroupTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("zhibiao.files");

    private final Path inputDir;
    private final InputFolder.Kind kind;
    private final String first;
    private final String last;
    private final long runId;
    private final Function<String, FileOutcome> reader;
    private final StagingRepository staging;
    private final ToIntFunction<String> sectionOrder;
    private final Validator withinFile = Validator.withinFile();
    private Iterator<String> files;

    /** @param reader reads one file of the folder by name; never throws for anything the file holds */
    public FileGroupTasklet(Path inputDir, InputFolder.Kind kind, String first, String last, long runId,
            Function<String, FileOutcome> reader, StagingRepository staging, ToIntFunction<String> sectionOrder) {
        this.inputDir = inputDir;
        this.kind = kind;
        this.first = first;
        this.last = last;
        this.runId = runId;
        this.reader = reader;
        this.staging = staging;
        this.sectionOrder = sectionOrder;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (files == null) {
            files = inRange(FileGroups.pending(inputDir, kind, staging.readFiles(runId))).iterator();
        }
        if (!files.hasNext()) {
            return RepeatStatus.FINISHED;
        }
        String file = files.next();
        long started = System.nanoTime();
        FileOutcome outcome = reader.apply(file);
        Checked checked = check(outcome.indicators(), withinFile);
        staging.replaceFile(runId, outcome.facts(), checked.rows(), outcome.rejections(), checked.findings(),
                sectionOrder);
        InputFileFacts facts = outcome.facts();
        count(contribution, facts);
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putLong(StepLogListener.INDICATORS,
                context.getLong(StepLogListener.INDICATORS, 0) + outcome.indicators().size());
        log.info("{} {}: read={} written={} rejected={} skipped={} indicators={} findings={} in {} ms",
                kind == InputFolder.Kind.REPORT ? "extracted" : "loaded", file, facts.recordsRead(), facts.written(),
                facts.rejected(), facts.skipped(), facts.indicators(), checked.findings().size(),
                (System.nanoTime() - started) / 1_000_000);
        return files.hasNext() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    private List<String> inRange(List<String> pending) {
        return pending.stream().filter(f -> f.compareTo(first) >= 0 && f.compareTo(last) <= 0).toList();
    }

    /** A file's rows with 校验/说明 set, and its findings; both name rows by position (1 = first row). */
    record Checked(List<Indicator> rows, List<Finding> findings) {
    }

    /**
     * The rules that look at one file run here, while its rows are in memory, instead of reading every row back
     * from staging afterwards. Staging turns the positions into row ids once the rows are inserted.
     */
    static Checked check(List<Indicator> indicators, Validator withinFile) {
        List<Indicator> numbered = new ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            numbered.add(indicators.get(i).withId(i + 1));
        }
        List<Finding> findings = withinFile.validate(numbered);
        return new Checked(findings.isEmpty() ? numbered : Validator.annotate(numbered, findings), findings);
    }

    /** A file's records into the step's counts (StepContribution counts reads one by one; a file reads at once). */
    private static void count(StepContribution contribution, InputFileFacts facts) {
        var step = contribution.getStepExecution();
        step.setReadCount(step.getReadCount() + facts.recordsRead());
        contribution.incrementWriteCount(facts.written());
        contribution.incrementProcessSkipCount(facts.rejected());
        contribution.incrementFilterCount(facts.skipped());
    }
}
