package org.zhibiao.job;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * Whether the steps after survey must run again in this execution although an earlier execution of the run
 * completed them. Spring Batch skips a completed step on restart unless it allows a start when complete, and asks
 * the step that at the moment it reaches it, so the survey (which runs first in every execution) decides: when
 * staged work no longer describes the folder or the settings (a file gone, changed or added, another taxonomy,
 * file facts or reject ratio), the completed steps after it run again. Each of them redoes only what is missing:
 * extract and load read the files not staged, cross-check and export work from staging. One job runs at a time
 * in a process (the runner launches runs one after the other), so one flag is enough.
 */
final class RestartPlan {

    private volatile boolean redo;

    /** Set by the survey of each execution. */
    void redoFollowingSteps(boolean redo) {
        this.redo = redo;
    }

    boolean redo() {
        return redo;
    }

    /** {@code step}, started again when complete if the survey of this execution says so. */
    Step redoable(Step step) {
        return new Step() {
            @Override
            public String getName() {
                return step.getName();
            }

            @Override
            public boolean isAllowStartIfComplete() {
                return redo || step.isAllowStartIfComplete();
            }

            @Override
            public int getStartLimit() {
                return step.getStartLimit();
            }

            @Override
            public void execute(StepExecution stepExecution) throws JobInterruptedException {
                step.execute(stepExecution);
            }

            @Override
            public String toString() {
                return step.toString();
            }
        };
    }
}
