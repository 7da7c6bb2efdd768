package org.zhibiao.job.remote;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

/**
 * Tells the manager which partitions no live worker is running. A worker records its partition after every file
 * it stages (the step execution's version goes up), so a partition whose record has not changed for the silence
 * limit belongs to a worker that died (SIGKILL, OOM kill, lost machine) or hangs. A request no worker took is
 * given up only when no partition has moved for the claim timeout: workers busy with earlier partitions, or
 * still starting, are not a fault.
 * Changes are timed by the manager's clock, so the workers' clocks do not matter.
 */
final class PartitionWatch {

    private final Duration silence;
    private final Duration claimTimeout;
    private final Map<Long, Seen> seen = new HashMap<>();
    private Instant lastProgress;

    PartitionWatch(Duration silence, Duration claimTimeout, Instant start) {
        this.silence = silence;
        this.claimTimeout = claimTimeout;
        this.lastProgress = start;
    }

    /** A partition to fail, with the reason in both languages. */
    record Verdict(StepExecution partition, String reason) {
    }

    private record Seen(BatchStatus status, Integer version, Instant since) {
    }

    List<Verdict> check(Collection<StepExecution> partitions, Instant now) {
        for (StepExecution partition : partitions) {
            Seen before = seen.get(partition.getId());
            if (before == null || before.status != partition.getStatus()
                    || !java.util.Objects.equals(before.version, partition.getVersion())) {
                seen.put(partition.getId(), new Seen(partition.getStatus(), partition.getVersion(), now));
                if (before != null) {
                    lastProgress = now;
                }
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        long seconds = silence.toSeconds();
        for (StepExecution partition : partitions) {
            Seen state = seen.get(partition.getId());
            if (partition.getStatus() == BatchStatus.STARTED && !state.since.plus(silence).isAfter(now)) {
                String worker = PartitionWorker.of(partition.getExecutionContext()).map(PartitionWorker::describe)
                        .orElse("unknown");
                verdicts.add(new Verdict(partition, String.format("其 worker（%s）已 %d 秒没有进展，视为已终止 / its worker"
                        + " (%s) recorded no progress for %d s and is taken for dead (zhibiao.remote.silence)", worker,
                        seconds, worker, seconds)));
            } else if (partition.getStatus() == BatchStatus.STARTING
                    && !lastProgress.plus(claimTimeout).isAfter(now)) {
                long claim = claimTimeout.toSeconds();
                verdicts.add(new Verdict(partition, String.format("%d 秒内没有 worker 接手：worker 是否在运行并连上了消息代理？"
                        + " / no worker took it within %d s: are workers running (zhibiao --role=worker) and connected"
                        + " to the broker? (zhibiao.remote.claim-timeout)", claim, claim)));
            }
        }
        return verdicts;
    }
}
