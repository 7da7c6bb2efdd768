package org.zhibiao.job;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.job.staging.FactQueries;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Fact;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Rejection;
import org.zhibiao.validate.FactAgreement;
import org.zhibiao.workbook.RunInfo;
import org.zhibiao.workbook.WorkbookWriter;

/**
 * The export's header and footer callbacks: the header tells the writer which rows findings and 面板 will link
 * to (so only those are remembered), the footer writes the fixed sheets after the last indicator: 面板 with the
 * facts CSV, 发现 (校验问题), 拒绝记录, and the facts of 概览 (put first by the writer) and 运行信息. Both read
 * staging and the JobRepository only, never the input.
 */
final class ExportSheets {

    private final long runId;
    private final LocalDate runDate;
    private final StagingRepository staging;
    private final FactQueries facts;
    private final JobRepository jobRepository;
    private final TransactionTemplate transaction;
    private final StagedIndicatorReader reader;
    private final int maxLinks;
    private final StepExecution self;

    /** @param self the export's own step execution, for its row in 运行信息 */
    ExportSheets(long runId, LocalDate runDate, StepExecution self, StagingRepository staging, FactQueries facts,
            JobRepository jobRepository, TransactionTemplate transaction, StagedIndicatorReader reader, int maxLinks) {
        this.self = self;
        this.runId = runId;
        this.runDate = runDate;
        this.staging = staging;
        this.facts = facts;
        this.jobRepository = jobRepository;
        this.transaction = transaction;
        this.reader = reader;
        this.maxLinks = maxLinks;
    }

    /**
     * Only the rows findings name, and those of the panel's first linked cells, need remembering for links
     * (memory in findings and the link limit, not rows).
     */
    void header(ExportWorkbook workbook) {
        long[] findingIds = staging.findingIds(runId);
        long[] panelIds = transaction.execute(status -> {
            try (Stream<Fact> first = facts.stream(runId, Set.of())) {
                return first.limit(maxLinks).mapToLong(Fact::firstId).toArray();
            }
        });
        workbook.writer().linkTargets(LongStream.concat(LongStream.of(findingIds), LongStream.of(panelIds))
                .distinct().toArray());
    }

    /**
     * The sheets after the indicators, in one read-only transaction (PostgreSQL streams only within one). The facts
     * of 概览 and 运行信息 were counted while the rows streamed past: no GROUP BY over the whole run.
     */
    void footer(ExportWorkbook workbook) {
        transaction.executeWithoutResult(status -> {
            WorkbookWriter writer = workbook.writer();
            Set<String> disagreeing = facts.factsNamedBy(runId, FactAgreement.DISAGREEMENT_RULES);
            try (Stream<Fact> panel = facts.stream(runId, disagreeing)) {
                writer.panel(facts.periods(runId), panel.peek(workbook.factsCsv()::write).iterator());
            }
            RunInfo info = runInfo(reader.counts().total(), reader.counts().inOrder());
            writer.overview(info);
            try (Stream<Finding> findings = staging.streamFindings(runId)) {
                writer.findings(findings.iterator());
            }
            try (Stream<Rejection> rejections = staging.streamRejections(runId)) {
                writer.rejections(rejections.iterator());
            }
            writer.runInfo(info);
        });
    }

    /**
     * The run's facts as 运行信息 shows them: every step execution of the run (earlier executions of a restarted
     * run included; for a rebuild, the run's own and the rebuild's), each with its step execution id. This step
     * is still running while it writes them: its row says so, with the rows it has written so far (all of them:
     * the footer runs after the indicators).
     */
    private RunInfo runInfo(long rowsWritten, Map<String, Long> sectionCounts) {
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
                .map(ExportSheets::inputFile)
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

    /** A step still running (this one: its end time is not set yet) counts until now. */
    private static Duration duration(StepExecution step) {
        if (step.getStartTime() == null) {
            return Duration.ZERO;
        }
        LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
        return Duration.between(step.getStartTime(), end);
    }
}
