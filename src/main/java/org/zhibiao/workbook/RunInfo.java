package org.zhibiao.workbook;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Facts about the run for 概览 and 运行信息.
 *
 * @param sectionCounts  indicators per section, in taxonomy order
 * @param severityCounts findings per severity label (错误/警告/提示)
 * @param warnings       what the operator should know about the run's settings (e.g. file facts naming a file
 *                       that is not in the input folder), one line each, Chinese / English
 */
public record RunInfo(
        LocalDate runDate,
        long jobInstanceId,
        long jobExecutionId,
        List<StepFact> steps,
        List<InputFile> inputs,
        Map<String, Long> sectionCounts,
        Map<String, Long> severityCounts,
        List<String> warnings) {

    public RunInfo(LocalDate runDate, long jobInstanceId, long jobExecutionId, List<StepFact> steps,
            List<InputFile> inputs, Map<String, Long> sectionCounts, Map<String, Long> severityCounts) {
        this(runDate, jobInstanceId, jobExecutionId, steps, inputs, sectionCounts, severityCounts, List.of());
    }

    /**
     * One step execution of this run (including earlier executions of a restarted run).
     *
     * @param executionId the step execution's id
     * @param status      a BatchStatus name, or {@link #WRITING} for the step that writes this workbook
     */
    public record StepFact(long executionId, String step, String status, long read, long written, long skipped,
            Duration duration) {
        /** The step writing the workbook: still running while its 运行信息 is written, its counts those so far. */
        public static final String WRITING = "WRITING";
    }

    /**
     * One input file with its reconciliation: read = written + rejected + skipped. Records are rows of a table
     * and sentences of a report; {@code indicators} counts the rows the file put on section sheets.
     */
    public record InputFile(String name, long bytes, String sha256, String kind, long read, long written,
            long rejected, long skipped, long indicators) {
    }
}
