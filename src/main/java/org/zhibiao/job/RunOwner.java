package org.zhibiao.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The process that owns a running execution: host, pid and the process's start time (so a reused pid is not
 * mistaken for the owner), plus a heartbeat the owner refreshes while it runs. A run killed with SIGKILL stays
 * STARTED in the JobRepository; comparing its owner with the live processes tells a crashed run from one that is
 * really still going. On this host the process table decides; an owner on another host (a shared PostgreSQL,
 * a Kubernetes pod that was replaced) is alive only while its heartbeat is fresh.
 */
public record RunOwner(String host, long pid, String processStart, Instant heartbeat) {

    static final String HOST = "owner.host";
    static final String PID = "owner.pid";
    static final String START = "owner.processStart";
    static final String HEARTBEAT = "owner.heartbeat";

    /** How often a running owner refreshes its heartbeat. */
    public static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(20);
    /** A heartbeat older than this means the owner on another host is gone (allows for missed beats and skew). */
    public static final Duration HEARTBEAT_STALE = Duration.ofMinutes(3);

    public static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(hostName(), self.pid(), startOf(self), Instant.now());
    }

    public static Optional<RunOwner> of(ExecutionContext context) {
        if (!context.containsKey(HOST) || !context.containsKey(PID)) {
            return Optional.empty();
        }
        String beat = context.getString(HEARTBEAT, "");
        return Optional.of(new RunOwner(context.getString(HOST), context.getLong(PID),
                context.getString(START, ""), beat.isEmpty() ? null : Instant.parse(beat)));
    }

    public void writeTo(ExecutionContext context) {
        context.putString(HOST, host);
        context.putLong(PID, pid);
        context.putString(START, processStart);
        context.putString(HEARTBEAT, heartbeat.toString());
    }

    public static void beat(ExecutionContext context, Instant now) {
        context.putString(HEARTBEAT, now.toString());
    }

    /** True while the owning process runs: by pid and start time on this host, by heartbeat elsewhere. */
    public boolean isAlive(Instant now) {
        if (!host.equals(hostName())) {
            return heartbeat != null && heartbeat.plus(HEARTBEAT_STALE).isAfter(now);
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(p -> processStart.isEmpty() || processStart.equals(startOf(p)))
                .orElse(false);
    }

    /** Whether the owner is the process asking (same host, pid and start time). */
    public boolean isThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return host.equals(hostName()) && pid == self.pid() && (processStart.isEmpty()
                || processStart.equals(startOf(self)));
    }

    /** For messages: pid 1234 on host-a. */
    public String describe() {
        return "pid " + pid + " on " + host;
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse("");
    }

    public static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }
}
