package org.zhibiao.job;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * SIGTERM (docker stop, kubectl delete, systemctl stop) asks the running execution to stop at the next step
 * boundary and waits for it, so the JobRepository says STOPPED and the next launch restarts it cleanly. Spring's
 * own shutdown hook is off (see ZhibiaoApplication) because it would close the database under the running step.
 */
@Component
class GracefulStop {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final long WAIT_SECONDS = 120;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final AtomicReference<CountDownLatch> running = new AtomicReference<>();
    private volatile boolean stopping;

    GracefulStop(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        Runtime.getRuntime().addShutdownHook(new Thread(this::onShutdown, "zhibiao-graceful-stop"));
    }

    /** Runs a launch; a shutdown meanwhile stops the run and waits for this to return. */
    <T> T guard(Supplier<T> launch) {
        CountDownLatch done = new CountDownLatch(1);
        running.set(done);
        try {
            return launch.get();
        } finally {
            running.set(null);
            done.countDown();
        }
    }

    boolean isStopping() {
        return stopping;
    }

    private void onShutdown() {
        stopping = true;
        CountDownLatch done = running.get();
        if (done == null) {
            return;
        }
        long pid = ProcessHandle.current().pid();
        for (JobExecution execution : jobRepository.findRunningJobExecutions(ZhibiaoJobConfiguration.JOB_NAME)) {
            boolean ours = RunOwner.of(execution.getExecutionContext()).map(o -> o.pid() == pid).orElse(false);
            if (ours) {
                log.warn("shutdown requested: stopping execution {} at the next step boundary", execution.getId());
                try {
                    jobOperator.stop(execution);
                } catch (Exception e) {
                    log.warn("could not stop execution {}: {}", execution.getId(), e.toString());
                }
            }
        }
        try {
            if (!done.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("run did not stop within {} s; the next launch will recover it", WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
