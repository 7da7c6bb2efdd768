package org.zhibiao.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/** Records the owning process with each execution as it starts, and logs how each run ends. */
final class RunOwnerListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunOwnerListener.class);

    private final JobRepository jobRepository;

    RunOwnerListener(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        RunOwner owner = RunOwner.current();
        owner.writeTo(execution.getExecutionContext());
        jobRepository.updateExecutionContext(execution);
        log.info("run {} (instance {}, execution {}) started by pid {} on {}",
                execution.getJobParameters().getString(ZhibiaoJobConfiguration.RUN_DATE),
                execution.getJobInstanceId(), execution.getId(), owner.pid(), owner.host());
    }

    @Override
    public void afterJob(JobExecution execution) {
        log.info("run {} (execution {}) ended {}",
                execution.getJobParameters().getString(ZhibiaoJobConfiguration.RUN_DATE), execution.getId(),
                execution.getStatus());
    }
}
