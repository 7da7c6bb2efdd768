package org.zhibiao.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.zhibiao.input.InputFileFacts;

/**
 * What a worker step checks just before it reads a file the survey listed: the file is still there, still of
 * the listed kind (not replaced by a folder or a symlink out of the folder), and within the size limit.
 */
public final class ListedFile {

    /** Why a listed file is not read, in Chinese and English; {@code bytes} as far as known. */
    record Refusal(long bytes, String reason, String reasonEn) {
    }

    private ListedFile() {
    }

    static Optional<Refusal> check(Path inputDir, String file, InputFolder.Kind kind, long maxFileBytes) {
        Path path;
        Optional<InputFolder.Entry> now;
        try {
            path = InputFolder.resolve(inputDir, file);
            now = InputFolder.current(inputDir, file);
        } catch (IllegalArgumentException e) {
            // The survey refuses such names; this guards a listing made some other way (or a restart).
            return refuse(0, "文件名无效：" + e.getMessage(), "invalid file name: " + e.getMessage());
        }
        if (now.isEmpty()) {
            return gone();
        }
        if (now.get().kind() != kind) {
            return refuse(0, now.get().reason() + "（列出后发生变化）", now.get().reasonEn() + " (changed after listing)");
        }
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                return refuse(size, "文件过大：" + size + " 字节，上限 " + maxFileBytes + " 字节（zhibiao.max-file-bytes）",
                        "file too large: " + size + " bytes, limit " + maxFileBytes + " bytes (zhibiao.max-file-bytes)");
            }
        } catch (NoSuchFileException e) {
            return gone();
        } catch (IOException e) {
            return refuse(0, "无法读取文件：" + e, "cannot read file: " + e);
        }
        return Optional.empty();
    }

    static Optional<Refusal> gone() {
        return refuse(0, "文件在列出后消失，未能读取", "file disappeared after listing");
    }

    private static Optional<Refusal> refuse(long bytes, String reason, String reasonEn) {
        return Optional.of(new Refusal(bytes, reason, reasonEn));
    }
}
