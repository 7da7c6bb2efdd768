package org.zhibiao.job;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhibiao.job.RunOwner;
import org.zhibiao.job.logging.LogText;

/**
 * Where POI's streaming writer puts its sheet files during an export: {@code <output-dir>/.state/poi-<host>-<pid>-
 * <process start>/}, owner-only (0700), set for the export's thread only, deleted when the export ends. POI's
 * default, {@code /tmp/poifiles}, is shared by every user of the machine: created by one, it made another's
 * export fail with AccessDeniedException, and a killed export left its files there for good (issue 13). A
 * folder a killed process left is removed by the next export on this host, once no process with its pid and
 * start time is alive.
 */
final class PoiTempFolder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PoiTempFolder.class);
    private static final String PREFIX = "poi-";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;

    private PoiTempFolder(Path folder) {
        this.folder = folder;
    }

    /** Claims this process's folder under {@code outputDir/.state} and points POI's temp files of this thread at it. */
    static PoiTempFolder open(Path outputDir) throws IOException {
        Path state = Files.createDirectories(outputDir.toAbsolutePath().normalize().resolve(".state"));
        removeLeftovers(state);
        Path folder = state.resolve(name(RunOwner.hostName(), ProcessHandle.current()));
        if (Files.isSymbolicLink(folder)) {
            Files.delete(folder);
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (POSIX) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(folder);
            }
        }
        if (POSIX) {
            // also when the folder was there already, or a umask narrowed what createDirectory asked for
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        TempFile.setThreadLocalTempFileCreationStrategy(new InFolder(folder));
        return new PoiTempFolder(folder);
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        TempFile.setThreadLocalTempFileCreationStrategy(null);
        deleteTree(folder);
    }

    static String name(String host, ProcessHandle process) {
        return PREFIX + host.replaceAll("[^A-Za-z0-9.]", "_") + "-" + process.pid() + "-" + startMillis(process);
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** Folders of this host's processes that are gone; another host's (a shared volume) are left to that host. */
    private static void removeLeftovers(Path state) throws IOException {
        String ours = PREFIX + RunOwner.hostName().replaceAll("[^A-Za-z0-9.]", "_") + "-";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(state, ours + "*")) {
            for (Path entry : entries) {
                if (!ownerAlive(entry.getFileName().toString().substring(ours.length()))) {
                    log.info("removing POI temp folder left by an ended process: {}", entry);
                    deleteTree(entry);
                }
            }
        }
    }

    /** {@code <pid>-<start millis>}: alive while a process with that pid and start time runs. */
    private static boolean ownerAlive(String pidAndStart) {
        String[] parts = pidAndStart.split("-");
        try {
            long pid = Long.parseLong(parts[0]);
            long start = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            return process.isPresent() && (start == 0 || startMillis(process.get()) == start);
        } catch (NumberFormatException e) {
            return true; // not a name we made: leave it alone
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // walk does not follow links: a link inside is deleted as a link
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("POI temp folder not fully removed ({}); the next export removes it: {}", root,
                    LogText.escape(e.toString()));
        }
    }

    /** Owner-only files (createTempFile) in the run's folder. */
    private record InFolder(Path folder) implements TempFileCreationStrategy {

        @Override
        public File createTempFile(String prefix, String suffix) throws IOException {
            return Files.createTempFile(folder, prefix, suffix).toFile();
        }

        @Override
        public File createTempDirectory(String prefix) throws IOException {
            return Files.createTempDirectory(folder, prefix).toFile();
        }
    }
}
