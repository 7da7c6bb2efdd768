package org.zhibiao.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The process that owns a running execution: host, pid and the process's start time (so a reused pid is not
 * mistaken for the owner). A run killed with SIGKILL stays STARTED in the JobRepository; comparing its owner
 * with the live processes tells a crashed run from one that is really still going.
 */
record RunOwner(String host, long pid, String processStart) {

    static final String HOST = "owner.host";
    static final String PID = "owner.pid";
    static final String START = "owner.processStart";

    static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(hostName(), self.pid(), startOf(self));
    }

    static Optional<RunOwner> of(ExecutionContext context) {
        if (!context.containsKey(HOST) || !context.containsKey(PID)) {
            return Optional.empty();
        }
        return Optional.of(new RunOwner(context.getString(HOST), context.getLong(PID),
                context.getString(START, "")));
    }

    void writeTo(ExecutionContext context) {
        context.putString(HOST, host);
        context.putLong(PID, pid);
        context.putString(START, processStart);
    }

    /** True when this host still runs the owning process. An owner on another host is assumed alive. */
    boolean isAlive() {
        if (!host.equals(hostName())) {
            return true;
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(p -> processStart.isEmpty() || processStart.equals(startOf(p)))
                .orElse(false);
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse("");
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }
}
