package org.zhibiao.job.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The command line started as a real child JVM, as cron or systemd would start it, so that it can be killed
 * (SIGKILL) or asked to stop (SIGTERM). Its stdout and stderr go to one log file the test polls.
 */
public final class ChildRun {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;

    private ChildRun(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static ChildRun start(Path log, String... args) throws IOException {
        return start(log, List.of(), args);
    }

    /** As {@link #start(Path, String...)}, with JVM options (-D…, -Xmx…) before the main class. */
    public static ChildRun start(Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx384m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.zhibiao.launch.ZhibiaoApplication");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ChildRun(process, log);
    }

    /** Waits until the child has printed a line that matches, and returns it; fails if the child exits first. */
    public String awaitLine(Predicate<String> wanted) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            for (String line : lines()) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("child exited with " + process.exitValue() + " before the awaited line:\n"
                        + output());
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("no awaited line within " + LIMIT + ":\n" + output());
    }

    /** Waits until the child has printed {@code count} lines that match. */
    public void awaitLines(Predicate<String> wanted, int count) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (lines().stream().filter(wanted).count() >= count) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("child exited with " + process.exitValue() + " before " + count
                        + " awaited lines:\n" + output());
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("not " + count + " awaited lines within " + LIMIT + ":\n" + output());
    }

    /** Waits for the child to end and returns its exit code. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("child did not end within " + LIMIT);
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs, the execution stays STARTED in the JobRepository. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit();
    }

    /** SIGTERM: what docker stop, kubectl delete and systemctl stop send. */
    public int terminate() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    public long pid() {
        return process.pid();
    }

    public List<String> lines() throws IOException {
        // Decoded leniently: the child may be in the middle of writing a multi-byte character.
        return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList()
                : List.of();
    }

    public String output() {
        try {
            return String.join("\n", lines());
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
