package org.zhibiao.workbook;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The workbook's temp file beside its target: {@code .<name>.<random>.tmp}, made by {@link Files#createTempFile}
 * (O_CREAT|O_EXCL, owner-only permissions on POSIX), so nothing planted in the output folder, a link above all,
 * is ever opened for writing. A fixed name ({@code .<name>.tmp}, as before issue 13) let a link planted there
 * make the job overwrite the link's target.
 */
final class TempFiles {

    private TempFiles() {
    }

    static Path create(Path folder, String workbookName) throws IOException {
        return Files.createTempFile(folder, "." + workbookName + ".", ".tmp");
    }

    /**
     * Gives the finished file the permissions an ordinary new file has (rw-r--r--): the temp file was owner-only
     * while it was being written, but the workbook is for the analysts who open it from the output folder.
     */
    static void publish(Path temp) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * Deletes what earlier writes of this workbook left when they were killed: {@code .<name>.*.tmp}, and the
     * old fixed name. Deleting a link removes the link, never its target. Only this workbook's own temp files
     * match: another date's run (PostgreSQL lets two run at once) writes another name.
     */
    static void removeLeftovers(Path folder, String workbookName) throws IOException {
        String prefix = "." + workbookName + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> entry.getFileName().toString().startsWith(prefix)
                        && entry.getFileName().toString().endsWith(".tmp"))) {
            for (Path leftover : entries) {
                Files.deleteIfExists(leftover);
            }
        }
    }
}
