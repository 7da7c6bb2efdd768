package org.zhibiao.job.remote;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Spring Batch's {@link MessageChannelPartitionHandler} polling the JobRepository (not waiting for replies, which a
 * dead worker never sends), plus what a fleet of workers needs: every request is stamped with this build (see
 * {@link BuildStamp}); a partition whose worker went silent is failed (see {@link PartitionWatch}), so the wait
 * ends; and a step whose partitions did not all complete fails with a message naming each, its file range and
 * its worker. Running the same command again partitions only the files not yet staged.
 */
final class RemotePartitionHandler extends MessageChannelPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitionHandler.class);
    private static final int NAMED_PARTITIONS = 5;

    private final JobRepository jobRepository;
    private final BuildStamp stamp;
    private final Duration silence;
    private final Duration claimTimeout;
    private final Duration pollInterval;

    RemotePartitionHandler(JobRepository jobRepository, BuildStamp stamp, RemoteSettings settings) {
        this.jobRepository = jobRepository;
        this.stamp = stamp;
        this.silence = settings.silence();
        this.claimTimeout = settings.claimTimeout();
        this.pollInterval = settings.pollInterval();
        setJobRepository(jobRepository);
        setPollInterval(settings.pollInterval().toMillis());
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        for (StepExecution partition : partitions) {
            stamp.writeTo(partition.getExecutionContext());
            jobRepository.updateExecutionContext(partition);
        }
        log.info("step {}: {} partitions sent to the workers over the broker", manager.getStepName(),
                partitions.size());
        Set<Long> ids = partitions.stream().map(StepExecution::getId).collect(Collectors.toSet());
        PartitionWatch watch = new PartitionWatch(silence, claimTimeout, Instant.now());
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "zhibiao-partition-watch");
            thread.setDaemon(true);
            return thread;
        });
        Set<StepExecution> finished;
        try {
            watcher.scheduleWithFixedDelay(() -> watch(manager.getJobExecutionId(), ids, watch),
                    pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            finished = super.doHandle(manager, partitions);
        } catch (Exception | Error e) {
            // Requests that could not be sent (broker down) or were never waited for must not stay waiting: a
            // restart refuses to start while a step execution of the run looks running.
            failWaiting(partitions, "分区请求未能发送或等待被中断 / the partition request could not be sent or its wait"
                    + " was interrupted: " + e);
            throw e;
        } finally {
            watcher.shutdownNow();
        }
        List<StepExecution> unfinished = finished.stream()
                .filter(p -> p.getStatus() != BatchStatus.COMPLETED)
                .sorted(Comparator.comparing(StepExecution::getStepName))
                .toList();
        // Partitions stopped on request (SIGTERM to the manager) make the step STOPPED, as on local threads.
        if (unfinished.stream().anyMatch(p -> p.getStatus() != BatchStatus.STOPPED)) {
            throw new PartitionsFailed(manager.getStepName(), unfinished, finished.size());
        }
        return finished;
    }

    private void watch(long jobExecutionId, Set<Long> ids, PartitionWatch watch) {
        try {
            JobExecution execution = jobRepository.getJobExecution(jobExecutionId);
            List<StepExecution> partitions = execution.getStepExecutions().stream()
                    .filter(p -> ids.contains(p.getId()))
                    .toList();
            for (PartitionWatch.Verdict verdict : watch.check(partitions, Instant.now())) {
                fail(verdict);
            }
        } catch (RuntimeException e) {
            // The next poll tries again; the wait itself goes on in the handler's own thread.
            log.warn("partition watch: {}", e.toString());
        }
    }

    private void failWaiting(Set<StepExecution> partitions, String reason) {
        for (StepExecution partition : partitions) {
            try {
                fail(new PartitionWatch.Verdict(partition, reason), BatchStatus.STARTING);
            } catch (RuntimeException e) {
                log.warn("partition {} left {}: {}", partition.getStepName(), partition.getStatus(), e.toString());
            }
        }
    }

    private void fail(PartitionWatch.Verdict verdict) {
        fail(verdict, null);
    }

    /** Fails a partition still running (or only one still {@code onlyIf}, when given). */
    private void fail(PartitionWatch.Verdict verdict, BatchStatus onlyIf) {
        StepExecution partition = jobRepository.getStepExecution(verdict.partition().getId());
        if (partition == null || !partition.getStatus().isRunning()
                || (onlyIf != null && partition.getStatus() != onlyIf)) {
            return;
        }
        log.error("partition {}: {}", PartitionWorker.describe(partition), verdict.reason());
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(verdict.reason()));
        partition.setEndTime(LocalDateTime.now());
        try {
            jobRepository.update(partition);
        } catch (OptimisticLockingFailureException e) {
            // The worker recorded progress meanwhile: it is alive after all, and the watch sees it next time.
            log.info("partition {} moved while being failed; left running", partition.getStepName());
        }
    }

    /** A partitioned step whose partitions did not all complete; the message names them. */
    static final class PartitionsFailed extends RuntimeException {
        PartitionsFailed(String step, List<StepExecution> unfinished, int total) {
            super(message(step, unfinished, total));
        }

        private static String message(String step, List<StepExecution> unfinished, int total) {
            String named = unfinished.stream().limit(NAMED_PARTITIONS)
                    .map(p -> PartitionWorker.describe(p) + " " + p.getStatus()
                            + PartitionWorker.of(p.getExecutionContext()).map(w -> ", worker " + w.describe())
                                    .orElse("")
                            + ": " + firstLine(p.getExitStatus().getExitDescription()))
                    .collect(Collectors.joining("; "));
            String more = unfinished.size() > NAMED_PARTITIONS ? "; … " + (unfinished.size() - NAMED_PARTITIONS)
                    + " more / 另有 " + (unfinished.size() - NAMED_PARTITIONS) + " 个" : "";
            return String.format("步骤 %s 有 %d/%d 个分区未完成 / %d of %d partitions of step %s did not complete: %s%s",
                    step, unfinished.size(), total, unfinished.size(), total, step, named, more);
        }

        private static String firstLine(String text) {
            String line = text == null ? "" : text.lines().findFirst().orElse("");
            return line.length() > 600 ? line.substring(0, 600) + "…" : line;
        }
    }
}
