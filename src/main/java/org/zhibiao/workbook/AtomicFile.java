package org.zhibiao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file that appears whole or not at all: written to an exclusive temp file beside the target
 * ({@link TempFiles}), forced to disk and renamed over the target. The rename replaces a link at the target,
 * it never writes through it. On any failure the temp file is removed and an existing target is untouched.
 * Used by {@link WorkbookWriter#writeAtomically} and by workbooks written through {@link StreamingWorkbook}.
 */
final class AtomicFile {

    /** Writes the whole content to {@code out}; may throw. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("工作簿路径是一个文件夹，请换一个文件名 / workbook path is a directory, choose a file name: "
                    + file);
        }
        Path folder = file.getParent();
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        TempFiles.removeLeftovers(folder, name);
        Path temp = TempFiles.create(folder, name);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            TempFiles.publish(temp);
            move(temp, file);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
