package org.zhibiao.job.remote;

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

    /** A partition as an operator knows it: its file range and step name. */
    static String describe(StepExecution partition) {
        ExecutionContext context = partition.getExecutionContext();
        String first = context.getString(FileGroups.FIRST, "");
        String last = context.getString(FileGroups.LAST, "");
        String range = first.equals(last) ? first : first + " … " + last;
        return partition.getStepName() + (range.isEmpty() ? "" : " (" + range + ")");
    }
}
