package org.zhibiao.job.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.context.Lifecycle;

/**
 * A worker's side of a partition request: checks that the manager runs this build with these settings, records
 * which process took the partition, then lets Spring Batch's {@link StepExecutionRequestHandler} run the worker
 * step the request names (whatever kind of step it is) against the shared JobRepository.
 *
 * <p>A request is run once: one for a partition that is no longer waiting (a redelivery after the worker that
 * took it died, or a request left in the queue by a manager whose step has ended) is dropped; the manager fails
 * such a partition and the next run of its command stages its files.
 */
public final class RemoteWorker {

    private static final Logger log = LoggerFactory.getLogger(RemoteWorker.class);
    /** Within the JVM's stop wait (GracefulStop): partitions still running after it are failed by the manager. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(100);

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler steps;
    private final BuildStamp stamp;
    private final Supplier<Lifecycle> listener;
    private final int threads;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    /** @param listener the endpoint that takes requests from the broker, stopped when the worker is asked to stop */
    RemoteWorker(JobRepository jobRepository, StepExecutionRequestHandler steps, BuildStamp stamp,
            Supplier<Lifecycle> listener, int threads) {
        this.jobRepository = jobRepository;
        this.steps = steps;
        this.stamp = stamp;
        this.listener = listener;
        this.threads = threads;
    }

    /** The request as it travels: step execution id and worker step name (text, not Java serialization). */
    static String encode(StepExecutionRequest request) {
        return request.getStepExecutionId() + " " + request.getStepName();
    }

    static StepExecutionRequest decode(String text) {
        int space = text.indexOf(' ');
        if (space < 1) {
            throw new IllegalArgumentException("not a partition request: " + text);
        }
        return new StepExecutionRequest(text.substring(space + 1), Long.parseLong(text.substring(0, space)));
    }

    /** Runs one request; never throws, so that the broker does not redeliver it. */
    void handle(String text) {
        try {
            run(decode(text));
        } catch (RuntimeException | Error e) {
            log.error("partition request {} not run: {}", text, e.toString(), e);
        }
    }

    private void run(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            log.warn("partition request {}: no such step execution in this database (another manager's?)",
                    request);
            return;
        }
        String name = PartitionWorker.describe(partition);
        if (partition.getStatus() != BatchStatus.STARTING) {
            log.warn("partition {} is {}: request dropped (redelivered after its worker died, or its step ended)",
                    name, partition.getStatus());
            return;
        }
        Optional<String> refusal = stamp.refusal(BuildStamp.of(partition.getExecutionContext()), name);
        if (refusal.isPresent()) {
            log.error(refusal.get());
            partition.setStatus(BatchStatus.FAILED);
            partition.setExitStatus(ExitStatus.FAILED.addExitDescription(refusal.get()));
            partition.setStartTime(LocalDateTime.now());
            partition.setEndTime(LocalDateTime.now());
            jobRepository.update(partition);
            return;
        }
        PartitionWorker.current().writeTo(partition.getExecutionContext());
        jobRepository.updateExecutionContext(partition);
        running.add(partition.getId());
        long started = System.nanoTime();
        try {
            log.info("partition {} started", name);
            StepExecution done = steps.handle(request);
            if (done.getStatus() == BatchStatus.FAILED && done.getEndTime() == null) {
                // The step could not record its own end (the handler leaves that to its caller).
                done.setEndTime(LocalDateTime.now());
                done.setExitStatus(ExitStatus.FAILED.addExitDescription(done.getFailureExceptions().isEmpty() ? ""
                        : done.getFailureExceptions().get(0).toString()));
                jobRepository.update(done);
            }
            log.info("partition {} ended {} in {} ms: read={} written={}", name, done.getStatus(),
                    (System.nanoTime() - started) / 1_000_000, done.getReadCount(), done.getWriteCount());
        } finally {
            running.remove(partition.getId());
        }
    }

    /**
     * The worker's life: takes requests until asked to stop (SIGTERM), then takes no more and lets the partitions
     * it is running finish. Exit code 0.
     */
    public int runUntilStopped(BooleanSupplier stopping) {
        log.info("worker pid {} on {} ready: {} partition(s) at a time", ProcessHandle.current().pid(),
                PartitionWorker.current().host(), threads);
        while (!stopping.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
            sleep(200);
        }
        listener.get().stop();
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            sleep(200);
        }
        if (!running.isEmpty()) {
            log.warn("worker stopping with {} partition(s) unfinished; the manager fails them and the same command"
                    + " resumes them", running.size());
        }
        log.info("worker pid {} stopped", ProcessHandle.current().pid());
        return 0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
