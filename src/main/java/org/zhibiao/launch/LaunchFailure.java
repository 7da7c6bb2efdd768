package org.zhibiao.launch;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.zhibiao.job.RunOwner;
import org.zhibiao.job.StepFailure;
import org.zhibiao.job.StepProgress;

/**
 * A launch that threw instead of returning an execution: the JobRepository failed under the job (a full disk
 * under the state database), or an Error escaped a step's own handling (an OutOfMemoryError while recording the
 * failure). Before issue 13 this said "the run could not be launched", with no step and no command, and left the
 * run STARTED. Now it names the step this process was in ({@link StepProgress}), the cause with advice, and the
 * command that resumes the run; and it marks the run FAILED if the database still takes writes (if it does not,
 * the next launch's crash recovery does, the owner being gone by then).
 */
final class LaunchFailure {

    private static final Logger log = LoggerFactory.getLogger(LaunchFailure.class);

    private LaunchFailure() {
    }

    static RunLauncher.Outcome of(Throwable error, LocalDate runDate, String rerunCommand,
            Supplier<Optional<JobExecution>> lastExecution, JobRepository jobRepository, LocalDateTime launchedAt) {
        String cause = StepFailure.rootMessage(error);
        String advice = FailureAdvice.chain(error);
        StepProgress.Where where = StepProgress.where();
        log.debug("launch of {} failed", runDate, error);
        Optional<JobExecution> execution = markFailed(lastExecution, jobRepository, cause, launchedAt);
        String id = execution.map(e -> "执行 " + e.getId() + "，").orElse("");
        String idEn = execution.map(e -> "execution " + e.getId() + ", ").orElse("");
        return new RunLauncher.Outcome(RunLauncher.FAILED, execution.orElse(null),
                message(runDate, id + where.zh(), idEn + where.en(), cause, advice, rerunCommand));
    }

    /** The failure message of every launch that failed outside a step's own handling, start-up included. */
    static String message(LocalDate runDate, String whereZh, String whereEn, String cause, String adviceSource,
            String rerunCommand) {
        return String.format("""
                运行 %s 失败（%s）：%s%s
                修正原因后，再次运行同一命令即可从失败的步骤继续，已完成的步骤不会重做：
                  %s
                run %s failed (%s): %s%s
                Fix the cause, then run the same command again; it resumes at the failed step and does not redo
                finished steps:
                  %s""", runDate, whereZh, cause, FailureAdvice.zh(adviceSource), rerunCommand, runDate, whereEn,
                cause, FailureAdvice.en(adviceSource), rerunCommand);
    }

    /** Best effort: the database may be what failed. The execution is ours only if this process owns it. */
    private static Optional<JobExecution> markFailed(Supplier<Optional<JobExecution>> lastExecution,
            JobRepository jobRepository, String cause, LocalDateTime launchedAt) {
        try {
            Optional<JobExecution> found = lastExecution.get().filter(e -> ours(e, launchedAt));
            if (found.isEmpty() || !found.get().getStatus().isRunning()) {
                return found;
            }
            JobExecution execution = found.get();
            String why = "运行在本进程中失败 / failed in its process: " + cause;
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                    step.setEndTime(LocalDateTime.now());
                    jobRepository.update(step);
                }
            }
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            execution.setEndTime(LocalDateTime.now());
            jobRepository.update(execution);
            return Optional.of(execution);
        } catch (RuntimeException | Error e) {
            log.debug("could not record the failure; the next launch recovers the run", e);
            return Optional.empty();
        }
    }

    /**
     * This launch's execution: owned by this process, or with no owner recorded yet (the job failed before its
     * first listener) and created since the launch began.
     */
    private static boolean ours(JobExecution execution, LocalDateTime launchedAt) {
        return RunOwner.of(execution.getExecutionContext()).map(RunOwner::isThisProcess)
                .orElseGet(() -> execution.getCreateTime() != null && !execution.getCreateTime().isBefore(launchedAt));
    }
}
