package org.zhibiao.job;


import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One line per step an operator can read: status, counts and duration, and the cause when it failed. */
public final class StepLogListener implements StepExecutionListener {

    /** Step context key of the indicators a report gave (its records are lines, so written counts lines). */
    static final String INDICATORS = "indicators";

    private static final Logger log = LoggerFactory.getLogger("zhibiao.steps");

    @Override
    public void beforeStep(StepExecution step) {
        StepProgress.started(step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        StepProgress.ended(step.getStepName(), step.getStatus().isUnsuccessful());
        LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
        Duration took = step.getStartTime() == null ? Duration.ZERO : Duration.between(step.getStartTime(), end);
        String line = String.format("step %s %s read=%d written=%d skipped=%d in %.1f s", step.getStepName(),
                step.getStatus(), step.getReadCount(), step.getWriteCount(),
                step.getSkipCount() + step.getFilterCount(), took.toMillis() / 1000.0);
        if (step.getExecutionContext().containsKey(INDICATORS)) {
            line += " indicators=" + step.getExecutionContext().getLong(INDICATORS);
        }
        if (step.getFailureExceptions().isEmpty()) {
            log.info(line);
        } else if (step.getStatus() == BatchStatus.STOPPED
                || step.getFailureExceptions().stream().allMatch(JobInterruptedException.class::isInstance)) {
            // A stop asked for (SIGTERM) is not an error; RunLauncher says where it stopped and how to resume.
            log.warn("{}: stopped on request", line);
        } else {
            log.error("{}: {}", line, StepFailure.rootMessage(step.getFailureExceptions().get(0)));
        }
        return step.getExitStatus();
    }
}
