package org.zhibiao.job.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.zhibiao.job.FileGroups;
import org.zhibiao.job.RunOwner;

/**
 * The worker process that took a partition (host and pid), kept in the partition's step execution context for
 * --status and for the manager's message when the worker goes silent.
 */
public record PartitionWorker(String host, long pid) {

    static final String HOST = "worker.host";
    static final String PID = "worker.pid";

    static PartitionWorker current() {
        return new PartitionWorker(RunOwner.hostName(), ProcessHandle.current().pid());
    }

    void writeTo(ExecutionContext context) {
        context.putString(HOST, host);
        context.putLong(PID, pid);
    }

    public static Optional<PartitionWorker> of(ExecutionContext context) {
        if (!context.containsKey(HOST)) {
            return Optional.empty();
        }
        return Optional.of(new PartitionWorker(context.getString(HOST), context.getLong(PID, 0)));
    }

    /** For messages and --status: pid 1234 on host-a. */
    public String describe() {
        return "pid " + pid + " on " + host;
    }

    /**
     * --status lines for the partitions workers ran (none in single-process mode): each with its status, file
     * range, worker and time, at most {@code limit} of them.
     */
    public static List<String> statusLines(List<StepExecution> partitions, int limit) {
        List<StepExecution> remote = partitions.stream()
                .filter(p -> of(p.getExecutionContext()).isPresent())
                .sorted(Comparator.comparing(StepExecution::getStepName))
                .toList();
        List<String> lines = new ArrayList<>();
        if (remote.isEmpty()) {
            return lines;
        }
        lines.add("        各分区的 worker / partitions by worker:");
        for (StepExecution partition : remote.subList(0, Math.min(limit, remote.size()))) {
            String took = partition.getStartTime() == null || partition.getEndTime() == null ? "-"
                    : String.format("%.1f s", Duration.between(partition.getStartTime(), partition.getEndTime())
                            .toMillis() / 1000.0);
            lines.add(String.format("          %-10s %-24s %8s  %s", partition.getStatus(),
                    of(partition.getExecutionContext()).get().describe(), took, describe(partition)));
        }
        if (remote.size() > limit) {
            lines.add(String.format("          … %d more / 另有 %d 个", remote.size() - limit, remote.size() - limit));
        }
        return lines;
    }

    /** A partition as an operator knows it: its file range and step name. */
    static String describe(StepExecution partition) {
        ExecutionContext context = partition.getExecutionContext();
        String first = context.getString(FileGroups.FIRST, "");
        String last = context.getString(FileGroups.LAST, "");
        String range = first.equals(last) ? first : first + " … " + last;
        return partition.getStepName() + (range.isEmpty() ? "" : " (" + range + ")");
    }
}
