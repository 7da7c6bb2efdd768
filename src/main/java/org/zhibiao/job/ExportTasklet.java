package org.zhibiao.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.zhibiao.job.staging.FactQueries;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.job.staging.SectionCounts;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Fact;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;
import org.zhibiao.validate.FactAgreement;
import org.zhibiao.workbook.FactsCsv;
import org.zhibiao.workbook.RunInfo;
import org.zhibiao.workbook.WorkbookWriter;

/**
 * Writes the workbook from staging alone (never from the input), so a failed export reruns without reading
 * a file again. The writer streams rows and moves the finished file into place atomically.
 */
final class ExportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExportTasklet.class);

    private final long runId;
    private final LocalDate runDate;
    private final Path target;
    private final StagingRepository staging;
    private final JobRepository jobRepository;
    private final WorkbookFactory workbooks;
    private final FactQueries facts;
    private final int maxLinks;

    /** Makes the writer; the job configuration decides labels and limits. */
    interface WorkbookFactory {
        WorkbookWriter create();
    }

    ExportTasklet(long runId, LocalDate runDate, Path target, StagingRepository staging, JobRepository jobRepository,
            WorkbookFactory workbooks, FactQueries facts, int maxLinks) {
        this.facts = facts;
        this.maxLinks = maxLinks;
        this.runId = runId;
        this.runDate = runDate;
        this.target = target;
        this.staging = staging;
        this.jobRepository = jobRepository;
        this.workbooks = workbooks;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StepExecution self = chunkContext.getStepContext().getStepExecution();
        SectionCounts counts = new SectionCounts();
        Path factsTarget = target.resolveSibling("facts-" + runDate + ".csv");
        try (PoiTempFolder poiTemp = PoiTempFolder.open(target.toAbsolutePath().getParent());
                WorkbookWriter writer = workbooks.create(); FactsCsv factsCsv = FactsCsv.open(factsTarget)) {
            // Only the rows findings name, and those of the panel's first linked cells, need remembering for links
            // (memory in findings and the link limit, not rows).
            writer.linkTargets(linkTargets());
            try (Stream<Indicator> indicators = staging.streamIndicators(runId, counts)) {
                writer.indicators(indicators.iterator());
            }
            Set<String> disagreeing = facts.factsNamedBy(runId, FactAgreement.DISAGREEMENT_RULES);
            try (Stream<Fact> panel = facts.stream(runId, disagreeing)) {
                writer.panel(facts.periods(runId), panel.peek(factsCsv::write).iterator());
            }
            // The facts of 概览 and 运行信息 are only written at the end: counted while the rows streamed past,
            // they need no GROUP BY over the whole run (which reads every row with its sentence).
            RunInfo info = runInfo(self, counts.total(), counts.inOrder());
            writer.overview(info);
            try (Stream<Finding> findings = staging.streamFindings(runId)) {
                writer.findings(findings.iterator());
            }
            try (Stream<Rejection> rejections = staging.streamRejections(runId)) {
                writer.rejections(rejections.iterator());
            }
            writer.runInfo(info);
            writer.writeAtomically(target);
            factsCsv.commit();
            log.info("facts written: {} ({} facts)", factsTarget.toAbsolutePath(), factsCsv.lines());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long rows = counts.total();
        self.setReadCount(rows);
        contribution.incrementWriteCount(rows);
        log.info("workbook written: {} ({} indicator rows)", target.toAbsolutePath(), rows);
        return RepeatStatus.FINISHED;
    }

    /** Rows findings name, and the first mentions of the first facts of 面板 (as many as it may link). */
    private long[] linkTargets() {
        long[] findingIds = staging.findingIds(runId);
        long[] panelIds;
        try (Stream<Fact> first = facts.stream(runId, Set.of())) {
            panelIds = first.limit(maxLinks).mapToLong(Fact::firstId).toArray();
        }
        return LongStream.concat(LongStream.of(findingIds), LongStream.of(panelIds)).distinct().toArray();
    }

    /**
     * The run's facts as 运行信息 shows them: every step execution of the run (earlier executions of a restarted
     * run included; for a rebuild, the run's own and the rebuild's), each with its step execution id. This step
     * is still running while it writes them: its row says so, with the rows it has written so far (all of them:
     * the facts are written after the indicators).
     */
    private RunInfo runInfo(StepExecution self, long rowsWritten, Map<String, Long> sectionCounts) {
        JobExecution current = self.getJobExecution();
        List<JobExecution> executions = new ArrayList<>();
        var run = jobRepository.getJobInstance(runId);
        if (run != null) {
            executions.addAll(jobRepository.getJobExecutions(run));
        }
        if (executions.stream().noneMatch(e -> e.getId() == current.getId())) {
            executions.add(current);
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId));
        List<RunInfo.StepFact> steps = new ArrayList<>();
        for (JobExecution execution : executions) {
            List<StepExecution> ofExecution = execution.getId() == current.getId()
                    ? new ArrayList<>(current.getStepExecutions()) : new ArrayList<>(execution.getStepExecutions());
            ofExecution.stream()
                    .sorted(Comparator.comparingLong(StepExecution::getId))
                    .filter(s -> !s.getStepName().contains(":"))
                    .forEach(s -> steps.add(s.getId() == self.getId()
                            ? new RunInfo.StepFact(s.getId(), s.getStepName(), RunInfo.StepFact.WRITING, rowsWritten,
                                    rowsWritten, 0, duration(s))
                            : new RunInfo.StepFact(s.getId(), s.getStepName(), s.getStatus().name(), s.getReadCount(),
                                    s.getWriteCount(), s.getSkipCount() + s.getFilterCount(), duration(s))));
        }
        List<RunInfo.InputFile> inputs = staging.inputFiles(runId).stream()
                .map(ExportTasklet::inputFile)
                .toList();
        Map<String, Long> severities = new LinkedHashMap<>();
        staging.severityCounts(runId).forEach((severity, n) -> severities.put(severity.label(), n));
        JobExecution surveyed = executions.stream().filter(e -> e.getJobInstanceId() == runId)
                .reduce((first, second) -> second).orElse(current);
        String warnings = (surveyed.getId() == current.getId() ? current : surveyed).getExecutionContext()
                .getString(SurveyTasklet.WARNINGS, "");
        return new RunInfo(runDate, runId, current.getId(), steps, inputs, sectionCounts, severities,
                warnings.isEmpty() ? List.of() : List.of(warnings.split("\n")));
    }

    private static RunInfo.InputFile inputFile(InputFileFacts f) {
        return new RunInfo.InputFile(f.file(), f.bytes(), f.sha256(), f.kind(), f.recordsRead(), f.written(),
                f.rejected(), f.skipped(), f.indicators());
    }

    private static Duration duration(StepExecution step) {
        if (step.getStartTime() == null) {
            return Duration.ZERO;
        }
        var end = step.getEndTime() != null ? step.getEndTime() : java.time.LocalDateTime.now();
        return Duration.between(step.getStartTime(), end);
    }

}
