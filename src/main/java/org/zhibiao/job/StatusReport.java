package org.zhibiao.job;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** --status: recent runs, newest first, each execution with its steps, counts and failure messages. */
final class StatusReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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
        out.printf("%-12s %-9s %-10s %-19s %-19s%n", "run-date", "execution", "status", "start", "end");
        for (JobInstance instance : instances) {
            List<JobExecution> executions = jobRepository.getJobExecutions(instance).stream()
                    .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                    .toList();
            for (JobExecution execution : executions) {
                String date = execution.getJobParameters().getString(ZhibiaoJobConfiguration.RUN_DATE);
                Long rerun = execution.getJobParameters().getLong(ZhibiaoJobConfiguration.RERUN);
                out.printf("%-12s %-9d %-10s %-19s %-19s%s%n", date, execution.getId(), execution.getStatus(),
                        time(execution.getStartTime()), time(execution.getEndTime()),
                        rerun == null ? "" : "  (rerun " + rerun + ")");
                execution.getStepExecutions().stream()
                        .sorted(Comparator.comparingLong(StepExecution::getId))
                        .forEach(step -> printStep(out, step));
            }
        }
    }

    private static void printStep(PrintStream out, StepExecution step) {
        out.printf("    %-28s %-10s read=%d written=%d skipped=%d%n", step.getStepName(), step.getStatus(),
                step.getReadCount(), step.getWriteCount(), step.getSkipCount() + step.getFilterCount());
        if (step.getStatus().isUnsuccessful()) {
            String description = step.getExitStatus().getExitDescription();
            String first = description == null ? "" : description.lines().findFirst().orElse("");
            if (!first.isBlank()) {
                out.println("        " + (first.length() > 300 ? first.substring(0, 300) + "…" : first));
            }
        }
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : TIME.format(time);
    }
}
