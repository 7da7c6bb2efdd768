package org.zhibiao.job.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.zhibiao.job.FileGroups;

/** The manager's judgement of which partitions no live worker runs, on the manager's clock. */
class PartitionWatchTest {

    private static final Duration SILENCE = Duration.ofSeconds(30);
    private static final Duration CLAIM = Duration.ofSeconds(120);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final JobExecution job = new JobExecution(1L, new JobInstance(1L, "zhibiao"), new JobParameters());

    @Test
    void aStartedPartitionWhoseRecordStopsChangingIsFailedAfterTheSilenceNamingItsWorker() {
        StepExecution running = partition(11, BatchStatus.STARTED, "a.txt", "f.txt");
        new PartitionWorker("host-b", 4242).writeTo(running.getExecutionContext());
        PartitionWatch watch = new PartitionWatch(SILENCE, CLAIM, T0);

        assertThat(watch.check(List.of(running), T0.plusSeconds(1))).isEmpty();
        running.setVersion(5);
        assertThat(watch.check(List.of(running), T0.plusSeconds(20))).isEmpty();
        // 29 s after its last change: still alive as far as anyone can tell.
        assertThat(watch.check(List.of(running), T0.plusSeconds(49))).isEmpty();
        List<PartitionWatch.Verdict> verdicts = watch.check(List.of(running), T0.plusSeconds(50));

        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.partition()).isSameAs(running);
            assertThat(v.reason()).contains("pid 4242 on host-b", "30 s", "no progress", "没有进展");
        });
    }

    @Test
    void waitingRequestsFailOnlyWhenNothingMovedForTheClaimTimeout() {
        StepExecution busy = partition(21, BatchStatus.STARTED, "a.txt", "c.txt");
        StepExecution waiting = partition(22, BatchStatus.STARTING, "d.txt", "f.txt");
        PartitionWatch watch = new PartitionWatch(SILENCE, CLAIM, T0);

        // A busy worker keeps recording progress: the waiting request is not a fault however long it waits.
        for (int second = 0; second <= 300; second += 10) {
            busy.setVersion(second);
            assertThat(watch.check(List.of(busy, waiting), T0.plusSeconds(second))).isEmpty();
        }
        busy.setStatus(BatchStatus.COMPLETED);
        assertThat(watch.check(List.of(busy, waiting), T0.plusSeconds(310))).isEmpty();
        assertThat(watch.check(List.of(busy, waiting), T0.plusSeconds(429))).isEmpty();

        assertThat(watch.check(List.of(busy, waiting), T0.plusSeconds(430))).singleElement()
                .satisfies(v -> assertThat(v.partition()).isSameAs(waiting))
                .satisfies(v -> assertThat(v.reason()).contains("no worker took it", "--role=worker"));
    }

    @Test
    void finishedPartitionsAreNeverFailed() {
        StepExecution done = partition(31, BatchStatus.COMPLETED, "a.txt", "b.txt");
        StepExecution failed = partition(32, BatchStatus.FAILED, "c.txt", "d.txt");
        PartitionWatch watch = new PartitionWatch(SILENCE, CLAIM, T0);

        assertThat(watch.check(List.of(done, failed), T0.plusSeconds(3600))).isEmpty();
    }

    private StepExecution partition(long id, BatchStatus status, String first, String last) {
        StepExecution partition = new StepExecution(id, "extractFile:report-" + first, job);
        partition.setStatus(status);
        partition.setVersion(1);
        partition.getExecutionContext().putString(FileGroups.FIRST, first);
        partition.getExecutionContext().putString(FileGroups.LAST, last);
        return partition;
    }
}
