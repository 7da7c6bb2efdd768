package org.zhibiao.launch;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.zhibiao.job.FileGroups;
import org.zhibiao.job.RunOwner;
import org.zhibiao.job.ZhibiaoJobConfiguration;
import org.zhibiao.job.remote.PartitionWorker;

/**
 * --status: recent runs, newest first; each execution with its status, start, end and duration, then its steps
 * with their counts, durations and failure messages. The partitions of extract and load (one per file) are
 * summed up on their step's line; only those that did not complete are listed, by file.
 */
final class StatusReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int LISTED_PARTITIONS = 10;
    private static final int REMOTE_PARTITIONS = 64;
    /** Worker step name prefix to its partitioned step (see ZhibiaoJobConfiguration). */
    private static final Map<String, String> MANAGERS = Map.of("extractFile", "extract", "loadFile", "load");

    private final JobRepository jobRepository;

    StatusReport(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    void print(PrintStream out, int runs) {
        List<JobInstance> instances = jobRepository.getJobInstances(ZhibiaoJobConfiguration.JOB_NAME, 0, runs);
        if (instances.isEmpty()) {
            out.println("尚无运行记录 / no runs yet");
            return;
        }
        out.println("最近的运行（新的在前）/ recent runs, newest first");
        out.printf("%-12s %-9s %-10s %-19s  %-19s  %s%n", "run-date", "execution", "status", "start", "end",
                "took");
        for (JobInstance instance : instances) {
            List<JobExecution> executions = jobRepository.getJobExecutions(instance).stream()
                    .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                    .toList();
            for (JobExecution execution : executions) {
                printExecution(out, execution, executions);
            }
        }
    }

    private static void printExecution(PrintStream out, JobExecution execution, List<JobExecution> ofInstance) {
        String date = execution.getJobParameters().getString(ZhibiaoJobConfiguration.RUN_DATE);
        Long rerun = execution.getJobParameters().getLong(ZhibiaoJobConfiguration.RERUN);
        String note = rerun == null ? "" : "  (--rerun " + rerun + ")";
        long earlier = ofInstance.stream().filter(e -> e.getId() < execution.getId()).count();
        if (earlier > 0) {
            note += "  (restart " + earlier + " of this run / 第 " + earlier + " 次续跑)";
        }
        out.printf("%-12s %-9d %-10s %-19s  %-19s  %s%s%n", date, execution.getId(), execution.getStatus(),
                time(execution.getStartTime()), time(execution.getEndTime()),
                took(execution.getStartTime(), execution.getEndTime()), note);
        RunOwner.of(execution.getExecutionContext()).filter(o -> execution.getStatus().isRunning())
                .ifPresent(owner -> out.println("    进行中 / running: " + owner.describe() + ", heartbeat "
                        + (owner.heartbeat() == null ? "-" : TIME.format(LocalDateTime.ofInstant(owner.heartbeat(),
                                ZoneId.systemDefault())))));
        List<StepExecution> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .toList();
        boolean stepSaysWhy = steps.stream().anyMatch(step -> step.getStatus().isUnsuccessful()
                && step.getExitStatus().getExitDescription() != null
                && !step.getExitStatus().getExitDescription().isBlank());
        if (execution.getStatus() == BatchStatus.STOPPED) {
            out.println("    已按请求停止（SIGTERM，退出码 143）；再次运行同一命令即可继续 / stopped on request (SIGTERM, exit"
                    + " code 143); run the same command to resume");
        } else if (execution.getStatus().isUnsuccessful() && !stepSaysWhy) {
            printMessage(out, "    ", execution.getExitStatus().getExitDescription());
        }
        Map<String, List<StepExecution>> partitions = steps.stream()
                .filter(StatusReport::isPartition)
                .collect(Collectors.groupingBy(StatusReport::manager, TreeMap::new, Collectors.toList()));
        for (StepExecution step : steps) {
            if (!isPartition(step)) {
                printStep(out, step, partitions.getOrDefault(step.getStepName(), List.of()));
            }
        }
    }

    private static void printStep(PrintStream out, StepExecution step, List<StepExecution> partitions) {
        out.printf("    %-11s %-10s read=%d written=%d skipped=%d  %s%s%n", step.getStepName(), step.getStatus(),
                step.getReadCount(), step.getWriteCount(), step.getSkipCount() + step.getFilterCount(),
                took(step.getStartTime(), step.getEndTime()), partitionSummary(partitions));
        if (step.getStatus().isUnsuccessful() && partitions.isEmpty()) {
            printMessage(out, "        ", step.getExitStatus().getExitDescription());
        }
        List<StepExecution> unfinished = partitions.stream()
                .filter(p -> p.getStatus() != BatchStatus.COMPLETED)
                .toList();
        for (StepExecution partition : unfinished.subList(0, Math.min(LISTED_PARTITIONS, unfinished.size()))) {
            out.printf("        %-10s %s%n", partition.getStatus(), fileOf(partition));
            if (partition.getStatus() == BatchStatus.FAILED) {
                printMessage(out, "            ", partition.getExitStatus().getExitDescription());
            }
        }
        if (unfinished.size() > LISTED_PARTITIONS) {
            out.printf("        … %d more / 另有 %d 个%n", unfinished.size() - LISTED_PARTITIONS,
                    unfinished.size() - LISTED_PARTITIONS);
        }
        // --workers=remote: which worker process (host, pid) ran each partition.
        PartitionWorker.statusLines(partitions, REMOTE_PARTITIONS).forEach(out::println);
    }

    private static String partitionSummary(List<StepExecution> partitions) {
        if (partitions.isEmpty()) {
            return "";
        }
        Map<BatchStatus, Long> byStatus = partitions.stream()
                .collect(Collectors.groupingBy(StepExecution::getStatus, TreeMap::new, Collectors.counting()));
        return "  partitions=" + partitions.size() + " " + byStatus.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ", "(", ")"));
    }

    /** The first line of a failure description, which names the cause; the rest is a stack trace. */
    private static void printMessage(PrintStream out, String indent, String description) {
        String first = description == null ? "" : description.lines().findFirst().orElse("");
        if (!first.isBlank()) {
            out.println(indent + "原因 / cause: " + (first.length() > 300 ? first.substring(0, 300) + "…" : first));
        }
    }

    /** Partition workers are named worker:partition, e.g. extractFile:report-k000-zhangdian.md-1f3a9c0e. */
    private static boolean isPartition(StepExecution step) {
        return step.getStepName().contains(":");
    }

    private static String manager(StepExecution worker) {
        String partitioner = worker.getStepName().substring(0, worker.getStepName().indexOf(':'));
        return MANAGERS.getOrDefault(partitioner, partitioner);
    }

    private static String fileOf(StepExecution partition) {
        var context = partition.getExecutionContext();
        String first = context.getString(FileGroups.FIRST, "");
        String last = context.getString(FileGroups.LAST, "");
        String range = first.equals(last) ? first : first + " … " + last;
        return range.isEmpty() ? partition.getStepName() : range + "  (" + partition.getStepName() + ")";
    }

    private static String took(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "-";
        }
        return String.format("%.1f s", Duration.between(start, end).toMillis() / 1000.0);
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : TIME.format(time);
    }
}
