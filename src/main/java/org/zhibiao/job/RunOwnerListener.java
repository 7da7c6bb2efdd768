package org.zhibiao.job;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.zhibiao.job.RunOwner;

/**
 * Records the owning process with each execution as it starts and keeps its heartbeat fresh while it runs, so
 * that a later launch can tell a run that is still going from one whose process died (see {@link RunOwner}).
 * Logs how each run ends.
 */
final class RunOwnerListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunOwnerListener.class);

    private final JobRepository jobRepository;
    private final Map<Long, ScheduledFuture<?>> heartbeats = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    RunOwnerListener(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        RunOwner owner = RunOwner.current();
        owner.writeTo(execution.getExecutionContext());
        jobRepository.updateExecutionContext(execution);
        long every = RunOwner.HEARTBEAT_EVERY.toMillis();
        heartbeats.put(execution.getId(), timer().scheduleWithFixedDelay(() -> beat(execution), every, every,
                TimeUnit.MILLISECONDS));
        log.info("run {} (instance {}, execution {}) started by pid {} on {}",
                execution.getJobParameters().getString(ZhibiaoJobConfiguration.RUN_DATE),
                execution.getJobInstanceId(), execution.getId(), owner.pid(), owner.host());
    }

    @Override
    public void afterJob(JobExecution execution) {
        ScheduledFuture<?> heartbeat = heartbeats.remove(execution.getId());
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        log.info("run {} (execution {}) ended {}",
                execution.getJobParameters().getString(ZhibiaoJobConfiguration.RUN_DATE), execution.getId(),
                execution.getStatus());
    }

    private void beat(JobExecution execution) {
        try {
            RunOwner.beat(execution.getExecutionContext(), Instant.now());
            jobRepository.updateExecutionContext(execution);
        } catch (RuntimeException e) {
            // A missed beat only matters to a launch on another host, and only after several in a row.
            log.debug("heartbeat of execution {} not recorded: {}", execution.getId(), e.toString());
        }
    }

    /** Called by Spring when the context closes (inferred destroy method). */
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "zhibiao-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
        }
        return timer;
    }
}
