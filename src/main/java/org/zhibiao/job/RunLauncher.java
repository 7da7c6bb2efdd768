package org.zhibiao.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Decides what a launch for a run date means, from the JobRepository: start the date's first run; restart a
 * failed or stopped run where it failed; recover a run whose process died (SIGKILL, OOM) and restart it; do
 * nothing for a completed date unless --rerun asks for a fresh instance. The run date is the identity: no
 * incrementer, so a relaunch after a failure is the same run.
 */
public class RunLauncher {

    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int ALREADY_RUNNING = 3;

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
    }

    /** The outcome of a launch: exit code, the execution (if any ran) and what to tell the operator. */
    public record Outcome(int exitCode, JobExecution execution, String message) {
    }

    public Outcome launch(LocalDate runDate, Path inputDir, Path outputDir, boolean rerun, String rerunCommand) {
        try {
            Optional<JobExecution> last = lastExecution(runDate);
            JobExecution execution;
            if (last.isEmpty()) {
                execution = jobOperator.start(job, parameters(runDate, inputDir, outputDir, 0));
            } else {
                JobExecution previous = last.get();
                if (previous.getStatus().isRunning()) {
                    Optional<RunOwner> owner = RunOwner.of(previous.getExecutionContext());
                    if (owner.isPresent() && owner.get().isAlive()) {
                        return new Outcome(ALREADY_RUNNING, previous, String.format(
                                "运行 %s 正在进行（执行 %d，进程 %d@%s），本次不启动。/ run %s is already in progress"
                                        + " (execution %d, pid %d on %s); not started again.",
                                runDate, previous.getId(), owner.get().pid(), owner.get().host(), runDate,
                                previous.getId(), owner.get().pid(), owner.get().host()));
                    }
                    log.warn("run {} execution {} is {} but its process is gone (killed?): recovering it as FAILED",
                            runDate, previous.getId(), previous.getStatus());
                    previous = jobOperator.recover(previous);
                }
                if (previous.getStatus() == BatchStatus.COMPLETED) {
                    if (!rerun) {
                        return new Outcome(COMPLETED, null, String.format(
                                "运行 %s 已于 %s 完成，无需再做；工作簿：%s。如需重新运行，请加 --rerun。/ run %s already"
                                        + " completed at %s; nothing to do. Workbook: %s. Add --rerun to run it again.",
                                runDate, when(previous), workbook(outputDir, runDate), runDate, when(previous),
                                workbook(outputDir, runDate)));
                    }
                    execution = jobOperator.start(job, parameters(runDate, inputDir, outputDir,
                            instancesOf(runDate).size()));
                } else if (previous.getStatus() == BatchStatus.ABANDONED) {
                    execution = jobOperator.start(job, parameters(runDate, inputDir, outputDir,
                            instancesOf(runDate).size()));
                } else {
                    log.info("restarting run {} (execution {}, {}) at the step that did not complete", runDate,
                            previous.getId(), previous.getStatus());
                    execution = jobOperator.restart(previous);
                }
            }
            return outcome(execution, runDate, outputDir, rerunCommand);
        } catch (Exception e) {
            return new Outcome(FAILED, null, "运行无法启动 / the run could not be launched: "
                    + StepFailure.rootMessage(e));
        }
    }

    private Outcome outcome(JobExecution execution, LocalDate runDate, Path outputDir, String rerunCommand) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(COMPLETED, execution, String.format("运行 %s 完成；工作簿：%s / run %s completed;"
                    + " workbook: %s", runDate, workbook(outputDir, runDate), runDate, workbook(outputDir, runDate)));
        }
        StepFailure failure = StepFailure.of(execution).orElse(new StepFailure("?", execution.getExitStatus()
                .getExitDescription()));
        return new Outcome(FAILED, execution, String.format("""
                运行 %s 失败（执行 %d，状态 %s）：步骤 %s 出错：%s
                修正原因后，再次运行同一命令即可从失败的步骤继续，已完成的步骤不会重做：
                  %s
                run %s failed (execution %d, %s) at step %s: %s
                Fix the cause, then run the same command again; it resumes at the failed step and does not redo
                finished steps:
                  %s""", runDate, execution.getId(), execution.getStatus(), failure.step(), failure.cause(),
                rerunCommand, runDate, execution.getId(), execution.getStatus(), failure.step(), failure.cause(),
                rerunCommand));
    }

    private static String when(JobExecution execution) {
        return execution.getEndTime() == null ? "?" : execution.getEndTime().withNano(0).toString().replace('T', ' ');
    }

    private static Path workbook(Path outputDir, LocalDate runDate) {
        return outputDir.toAbsolutePath().resolve("indicators-" + runDate + ".xlsx");
    }

    private JobParameters parameters(LocalDate runDate, Path inputDir, Path outputDir, long rerun) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(ZhibiaoJobConfiguration.RUN_DATE, runDate.toString(), true)
                .addString(ZhibiaoJobConfiguration.INPUT_DIR, inputDir.toAbsolutePath().normalize().toString(), false)
                .addString(ZhibiaoJobConfiguration.OUTPUT_DIR, outputDir.toAbsolutePath().normalize().toString(),
                        false);
        if (rerun > 0) {
            builder.addLong(ZhibiaoJobConfiguration.RERUN, rerun, true);
        }
        return builder.toJobParameters();
    }

    /** The newest execution of the newest instance for this date, if the date ever ran. */
    public Optional<JobExecution> lastExecution(LocalDate runDate) {
        return instancesOf(runDate).stream()
                .max(Comparator.comparingLong(JobInstance::getInstanceId))
                .map(jobRepository::getLastJobExecution);
    }

    private List<JobInstance> instancesOf(LocalDate runDate) {
        String date = runDate.toString();
        return jobRepository.findJobInstances(ZhibiaoJobConfiguration.JOB_NAME).stream()
                .filter(instance -> {
                    JobExecution last = jobRepository.getLastJobExecution(instance);
                    return last != null && date.equals(last.getJobParameters()
                            .getString(ZhibiaoJobConfiguration.RUN_DATE));
                })
                .toList();
    }

    static void print(PrintStream out, String message) {
        if (message != null && !message.isEmpty()) {
            out.println(message);
        }
    }
}
