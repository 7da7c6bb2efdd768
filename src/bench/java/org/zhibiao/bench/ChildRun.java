package org.zhibiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a child JVM and measures it from outside: wall time, CPU time (user + system) and peak resident set
 * (VmHWM). With GNU time ({@code /usr/bin/time}, Debian package {@code time}) the kernel's figures are exact;
 * without it, /proc/&lt;pid&gt;/status is polled every 20 ms (VmHWM only grows, so the last poll is close) and
 * CPU time comes from the process handle. The child's GC log gives the heap: the largest heap in use after
 * a collection is the live set, the figure that must stay flat in N.
 *
 * @param exitCode      the child's exit code (-1 when it was killed on timeout)
 * @param wallSeconds   start to exit, as seen by the parent
 * @param cpuSeconds    user + system CPU time of the child, NaN when unknown
 * @param peakRssMb     peak resident set (VmHWM) in MB
 * @param heapAfterGcMb largest heap in use right after a GC, MB (0 when there was no GC)
 * @param heapBeforeGcMb largest heap in use right before a GC, MB
 * @param output        the child's stdout and stderr, merged
 */
record ChildRun(int exitCode, double wallSeconds, double cpuSeconds, double peakRssMb, double heapAfterGcMb,
        double heapBeforeGcMb, Path output) {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    String text() throws IOException {
        return Files.readString(output);
    }

    /** Runs {@code java <jvmArgs> <args>} with a GC log beside {@code output}. */
    static ChildRun run(List<String> jvmArgs, List<String> args, Path output, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path gcLog = output.resolveSibling(output.getFileName() + ".gc");
        Path timeFile = output.resolveSibling(output.getFileName() + ".time");
        Files.deleteIfExists(gcLog);
        Files.deleteIfExists(timeFile);
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        List<String> command = new ArrayList<>();
        if (gnuTime) {
            command.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", timeFile.toString()));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        Poll poll = new Poll();
        boolean finished = false;
        while (!finished) {
            finished = process.waitFor(20, TimeUnit.MILLISECONDS);
            if (!gnuTime && !finished) {
                poll.sample(process.toHandle());
            }
            if (!finished && System.nanoTime() - start > TimeUnit.SECONDS.toNanos(timeoutSeconds)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
                break;
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        int exit = finished ? process.exitValue() : -1;
        double cpu = poll.cpuSeconds;
        double rss = poll.peakKb / 1024.0;
        if (gnuTime && Files.exists(timeFile)) {
            // The last line holds the figures; GNU time puts "Command exited with non-zero status" above it.
            List<String> lines = Files.readAllLines(timeFile);
            String[] f = lines.get(lines.size() - 1).trim().split(" ");
            if (f.length == 4) {
                cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
                rss = Long.parseLong(f[3]) / 1024.0;
            }
        }
        double after = 0;
        double before = 0;
        if (Files.exists(gcLog)) {
            Matcher m = GC.matcher(Files.readString(gcLog));
            while (m.find()) {
                before = Math.max(before, Double.parseDouble(m.group(1)));
                after = Math.max(after, Double.parseDouble(m.group(2)));
            }
        }
        return new ChildRun(exit, wall, cpu, rss, after, before, output);
    }

    /** Polled figures of a child when GNU time is not there. */
    private static final class Poll {
        long peakKb;
        double cpuSeconds = Double.NaN;

        void sample(ProcessHandle handle) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(handle.pid()), "status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The child has just exited (or this is not Linux): keep the last sample.
            }
            handle.info().totalCpuDuration().ifPresent(d -> cpuSeconds = d.toMillis() / 1000.0);
        }
    }
}
