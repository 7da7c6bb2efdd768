package org.zhibiao.launch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.zhibiao.job.RunOwner;
import org.zhibiao.job.StepFailure;
import org.zhibiao.job.StepProgress;
import org.zhibiao.job.WorkbookRebuild;
import org.zhibiao.job.ZhibiaoJobConfiguration;

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
    /** Stopped on request (SIGTERM): 128 + 15, what the JVM exits with after the signal anyway. */
    public static final int STOPPED = 143;

    /** How long an execution without a recorded owner counts as starting rather than dead. */
    static final Duration UNOWNED_GRACE = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final WorkbookRebuild rebuild;

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job, WorkbookRebuild rebuild) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.rebuild = rebuild;
    }

    /** The outcome of a launch: exit code, the execution (if any ran) and what to tell the operator. */
    public record Outcome(int exitCode, JobExecution execution, String message) {
    }

    public Outcome launch(LocalDate runDate, Path inputDir, Path outputDir, boolean rerun, String rerunCommand) {
        StepProgress.reset();
        LocalDateTime launchedAt = LocalDateTime.now();
        try {
            Optional<JobExecution> last = lastExecution(runDate);
            JobExecution execution;
            if (last.isEmpty()) {
                execution = jobOperator.start(job, parameters(runDate, inputDir, outputDir, 0));
            } else {
                JobExecution previous = last.get();
                if (previous.getStatus().isRunning()) {
                    Optional<RunOwner> owner = RunOwner.of(previous.getExecutionContext());
                    if (ownerMayBeAlive(previous, owner)) {
                        return alreadyRunning(runDate, previous, owner);
                    }
                    previous = recover(runDate, previous, owner);
                }
                if (previous.getStatus() == BatchStatus.COMPLETED) {
                    if (!rerun && !WorkbookRebuild.isReadable(workbook(outputDir, runDate))) {
                        return rebuild(runDate, previous, outputDir, rerunCommand);
                    }
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
                    log.info("restarting run {} (execution {}, {}) at the step that did not complete, with the"
                            + " settings of this command", runDate, previous.getId(), previous.getStatus());
                    // Not JobOperator.restart, which would reuse the failed execution's parameters: the same
                    // identifying ones (the date) find the same instance, the others come from this command.
                    Long rerunOf = previous.getJobParameters().getLong(ZhibiaoJobConfiguration.RERUN);
                    execution = jobOperator.start(job, parameters(runDate, inputDir, outputDir,
                            rerunOf == null ? 0 : rerunOf));
                }
            }
            return outcome(execution, runDate, outputDir, rerunCommand);
        } catch (JobExecutionAlreadyRunningException e) {
            // Another launch of the same date won the race between our check and our start.
            return new Outcome(ALREADY_RUNNING, null, "运行 " + runDate + " 正在由另一个进程启动，本次不启动。/ run "
                    + runDate + " is being started by another process; not started again.");
        } catch (Exception | Error e) {
            return LaunchFailure.of(e, runDate, rerunCommand, () -> lastExecution(runDate), jobRepository,
                    launchedAt);
        }
    }

    /**
     * A completed run whose workbook is gone or not a workbook (deleted, truncated by a full disk, overwritten) is
     * written again from its staging, which a completed run keeps: no input is read again, so the workbook is
     * the one the run made even if the input folder changed since. A failed rebuild says why and that the same
     * command tries again.
     */
    private Outcome rebuild(LocalDate runDate, JobExecution completed, Path outputDir, String rerunCommand)
            throws Exception {
        Path workbook = workbook(outputDir, runDate);
        log.warn("run {} completed at {} but its workbook {} is missing or unreadable: rebuilding it from the run's"
                + " staging (no input is read)", runDate, when(completed), workbook);
        long stagingRun = completed.getJobInstanceId();
        JobParameters parameters = new JobParametersBuilder()
                .addString(ZhibiaoJobConfiguration.RUN_DATE, runDate.toString(), true)
                .addLong(WorkbookRebuild.STAGING_RUN, stagingRun, true)
                .addLong(WorkbookRebuild.ATTEMPT, System.currentTimeMillis(), true)
                .addString(ZhibiaoJobConfiguration.OUTPUT_DIR, outputDir.toAbsolutePath().normalize().toString(),
                        false)
                .toJobParameters();
        JobExecution execution = jobOperator.start(rebuild.job(stagingRun, runDate, outputDir.toAbsolutePath()
                .normalize()), parameters);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(COMPLETED, execution, String.format("运行 %s 已于 %s 完成；工作簿缺失或无法读取，已从该运行的"
                    + "暂存数据重建（未重新读取输入）：%s / run %s completed at %s; its workbook was missing or unreadable"
                    + " and has been rebuilt from the run's staging (no input read again): %s", runDate,
                    when(completed), workbook, runDate, when(completed), workbook));
        }
        StepFailure failure = StepFailure.of(execution).orElse(new StepFailure("rebuildWorkbook",
                execution.getExitStatus().getExitDescription()));
        return new Outcome(FAILED, execution, String.format("""
                运行 %s 已完成，但重建缺失的工作簿失败（执行 %d）：%s
                修正原因后，再次运行同一命令即可重建工作簿（只用暂存数据，不重新读取输入）：
                  %s
                run %s completed, but rebuilding its missing workbook failed (execution %d): %s
                Fix the cause, then run the same command again; it rebuilds the workbook from staging:
                  %s""", runDate, execution.getId(), failure.cause(), rerunCommand, runDate, execution.getId(),
                failure.cause(), rerunCommand));
    }

    /**
     * Whether the process that owns a running execution may still be running it. With no owner recorded (the
     * process died between creating the execution and its first listener, or is in that moment right now), a
     * young execution is given the benefit of the doubt.
     */
    private static boolean ownerMayBeAlive(JobExecution execution, Optional<RunOwner> owner) {
        if (owner.isPresent()) {
            // This process runs one launch at a time: a run it owns that is still STARTED is one whose launch
            // ended without recording how (the state database failed under it), not one in progress.
            return owner.get().isAlive(Instant.now()) && !owner.get().isThisProcess();
        }
        LocalDateTime since = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        return since != null && since.plus(UNOWNED_GRACE).isAfter(LocalDateTime.now());
    }

    private static Outcome alreadyRunning(LocalDate runDate, JobExecution previous, Optional<RunOwner> owner) {
        String who = owner.map(RunOwner::describe).orElse("an unknown process");
        return new Outcome(ALREADY_RUNNING, previous, String.format(
                "运行 %s 正在进行（执行 %d，%s），本次不启动。/ run %s is already in progress (execution %d, %s);"
                        + " not started again.", runDate, previous.getId(), who, runDate, previous.getId(), who));
    }

    /**
     * Marks an execution whose process is gone FAILED, with the reason in its exit message, so that it can be
     * restarted. JobOperator.recover fails the execution and its running step executions (partition workers
     * included); should any step still look running afterwards, it is failed here, because a restart refuses
     * to start while one does.
     */
    private JobExecution recover(LocalDate runDate, JobExecution previous, Optional<RunOwner> owner) {
        String why = "进程已终止，运行由下次启动恢复 / recovered: the owning process ("
                + owner.map(RunOwner::describe).orElse("unknown") + ") ended without finishing the run (killed?)";
        log.warn("run {} execution {} is {} but its process ({}) is gone: marking it FAILED and restarting it",
                runDate, previous.getId(), previous.getStatus(), owner.map(RunOwner::describe).orElse("unknown"));
        previous.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        for (StepExecution step : previous.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            }
        }
        jobOperator.recover(previous);
        JobExecution recovered = jobRepository.getJobExecution(previous.getId());
        for (StepExecution step : recovered.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                log.warn("step {} of execution {} still {} after recovery: failing it", step.getStepName(),
                        recovered.getId(), step.getStatus());
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                step.setEndTime(LocalDateTime.now());
                jobRepository.update(step);
            }
        }
        if (recovered.getStatus().isRunning()) {
            recovered.setStatus(BatchStatus.FAILED);
            recovered.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            recovered.setEndTime(LocalDateTime.now());
            jobRepository.update(recovered);
        }
        return jobRepository.getJobExecution(previous.getId());
    }

    private Outcome outcome(JobExecution execution, LocalDate runDate, Path outputDir, String rerunCommand) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(COMPLETED, execution, String.format("运行 %s 完成；工作簿：%s / run %s completed;"
                    + " workbook: %s", runDate, workbook(outputDir, runDate), runDate, workbook(outputDir, runDate)));
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            // A stop asked for (SIGTERM) is not an error: one line says where it stopped and how to go on.
            log.warn("运行 {} 已按请求停止于步骤 {}；再次运行同一命令即可继续 / run {} stopped on request at step {}; run"
                    + " the same command to resume", runDate, lastStep(execution), runDate, lastStep(execution));
            return new Outcome(STOPPED, execution, String.format("""
                    运行 %s 已按请求停止（执行 %d，停止于步骤 %s，退出码 143）。再次运行同一命令即可继续，已完成的工作不会重做：
                      %s
                    run %s stopped on request at step %s (execution %d, exit code 143). Run the same command to
                    resume it; finished work is not redone:
                      %s""", runDate, execution.getId(), lastStep(execution), rerunCommand, runDate,
                    lastStep(execution), execution.getId(), rerunCommand));
        }
        StepFailure failure = StepFailure.of(execution).orElse(new StepFailure("?", execution.getExitStatus()
                .getExitDescription()));
        if (failure.step().equals("(job)")) {
            // No step recorded a failure (the state database failed between steps): say where this process was.
            StepProgress.Where where = StepProgress.where();
            return new Outcome(FAILED, execution, LaunchFailure.message(runDate, "执行 " + execution.getId() + "，"
                    + where.zh(), "execution " + execution.getId() + ", " + where.en(), failure.cause(),
                    failure.cause(), rerunCommand));
        }
        return new Outcome(FAILED, execution, String.format("""
                运行 %s 失败（执行 %d，状态 %s）：步骤 %s 出错：%s
                修正原因后，再次运行同一命令即可从失败的步骤继续，已完成的步骤不会重做：
                  %s
                run %s failed (execution %d, %s) at step %s: %s
                Fix the cause, then run the same command again; it resumes at the failed step and does not redo
                finished steps:
                  %s""", runDate, execution.getId(), execution.getStatus(), failure.step(),
                failure.cause() + FailureAdvice.zh(failure.cause()), rerunCommand, runDate, execution.getId(),
                execution.getStatus(), failure.step(), failure.cause() + FailureAdvice.en(failure.cause()),
                rerunCommand));
    }

    private static String lastStep(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> !step.getStepName().contains(":"))
                .max(java.util.Comparator.comparingLong(StepExecution::getId))
                .map(StepExecution::getStepName).orElse("?");
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

    /**
     * The instances of a date: the first run, then its --rerun instances 1, 2, … Looked up by their identifying
     * parameters, so a launch costs the same after a year of nightly runs as on the first night.
     */
    private List<JobInstance> instancesOf(LocalDate runDate) {
        List<JobInstance> instances = new ArrayList<>();
        for (long rerun = 0; ; rerun++) {
            JobInstance instance = jobRepository.getJobInstance(ZhibiaoJobConfiguration.JOB_NAME,
                    identifying(runDate, rerun));
            if (instance == null) {
                return instances;
            }
            instances.add(instance);
        }
    }

    private static JobParameters identifying(LocalDate runDate, long rerun) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(ZhibiaoJobConfiguration.RUN_DATE, runDate.toString(), true);
        if (rerun > 0) {
            builder.addLong(ZhibiaoJobConfiguration.RERUN, rerun, true);
        }
        return builder.toJobParameters();
    }

    static void print(PrintStream out, String message) {
        if (message != null && !message.isEmpty()) {
            out.println(message);
        }
    }
}
