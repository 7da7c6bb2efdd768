package org.zhibiao.launch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.zhibiao.job.RunOwner;
import org.zhibiao.job.ZhibiaoJobConfiguration;

/**
 * SIGTERM (docker stop, kubectl delete, systemctl stop) asks the running execution to stop and waits for it, so
 * the JobRepository says STOPPED and the next launch restarts it where it stopped. Partition workers that have
 * not started yet end STOPPED at once; a worker in the middle of its file finishes that file first. Spring's own
 * shutdown hook is off (see ZhibiaoApplication) because it would close the database under the running step.
 * Give the process time to stop (docker stop -t 60, terminationGracePeriodSeconds: 120, TimeoutStopSec=120).
 */
@Component
class GracefulStop implements DisposableBean, ApplicationContextAware {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final long WAIT_SECONDS = 110;
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final AtomicReference<CountDownLatch> running = new AtomicReference<>();
    private final Thread hook = new Thread(this::onShutdown, "zhibiao-graceful-stop");
    private volatile boolean stopping;
    private ApplicationContext context;

    GracefulStop(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Runs a launch and the report of its outcome; a shutdown meanwhile stops the run and waits until the outcome
     * is reported. A launch asked for after shutdown began does not start.
     */
    int guard(IntSupplier launchAndReport) {
        CountDownLatch done = new CountDownLatch(1);
        running.set(done);
        try {
            if (stopping) {
                log.warn("shutdown in progress: run not started");
                return RunLauncher.FAILED;
            }
            return launchAndReport.getAsInt();
        } finally {
            running.set(null);
            done.countDown();
        }
    }

    boolean isStopping() {
        return stopping;
    }

    /** Tests and in-process runs close the context without the JVM ending: the hook must not outlive it. */
    @Override
    public void destroy() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
    }

    private void onShutdown() {
        stopping = true;
        CountDownLatch done = running.get();
        if (done == null) {
            closeContext();
            return;
        }
        long pid = ProcessHandle.current().pid();
        for (JobExecution execution : jobRepository.findRunningJobExecutions(ZhibiaoJobConfiguration.JOB_NAME)) {
            boolean ours = RunOwner.of(execution.getExecutionContext()).map(o -> o.pid() == pid
                    && o.host().equals(RunOwner.hostName())).orElse(false);
            if (ours) {
                log.warn("shutdown requested: stopping execution {}; the next launch resumes it", execution.getId());
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
        closeContext();
    }

    /**
     * The JVM halts as soon as the hooks return, and H2 writes its last commits up to a second late: the context
     * (and with it the connection pool and the database) must be closed before, so that STOPPED is on disk. The
     * main thread closes it as it exits; if it has not within a few seconds, the hook does.
     */
    private void closeContext() {
        if (!(context instanceof ConfigurableApplicationContext configurable)) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_WAIT_SECONDS);
        while (configurable.isActive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (configurable.isActive()) {
            try {
                configurable.close();
            } catch (RuntimeException e) {
                log.warn("closing at shutdown: {}", e.toString());
            }
        }
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }
}
