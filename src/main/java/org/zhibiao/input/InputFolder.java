package org.zhibiao.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The input folder's entries, each with what the run will do with it. Paths never escape the folder: a
 * symlink that points outside is refused, and so is a folder named like a report.
 */
public final class InputFolder {

    public enum Kind { REPORT, CSV, IGNORED, REFUSED }

    /**
     * @param name   file name relative to the folder (the name shown in the workbook)
     * @param reason why it is ignored or refused, Chinese; {@code reasonEn} the same in English
     */
    public record Entry(String name, Path path, Kind kind, String reason, String reasonEn) {
    }

    private InputFolder() {
    }

    public static List<Entry> list(Path folder) {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            // No cause attached: the step failure shows the root cause's message, and this one names the folder.
            throw new IllegalStateException("输入目录不存在或不可读：" + folder.toAbsolutePath() + "（" + e
                    + "）/ input folder missing or unreadable: " + folder.toAbsolutePath());
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("输入路径不是目录：" + folder.toAbsolutePath()
                    + " / input path is not a folder: " + folder.toAbsolutePath());
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> paths = Files.list(root)) {
            paths.sorted().forEach(p -> entries.add(classify(root, p)));
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("无法列出输入目录 " + root + "（" + e + "）/ cannot list input folder "
                    + root);
        }
        return entries;
    }

    static Entry classify(Path root, Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".")) {
            return new Entry(name, path, Kind.IGNORED, "隐藏文件，已忽略", "hidden file, ignored");
        }
        Kind byName = kindOf(name);
        if (byName != Kind.IGNORED && !nameRoundTrips(root, path, name)) {
            String encoding = System.getProperty("sun.jnu.encoding", "?");
            return new Entry(name, path, Kind.REFUSED, "文件名无法按系统编码（" + encoding + "）表示，无法读取："
                    + "请在 UTF-8 区域设置下运行（如 LANG=C.UTF-8），或将文件改名",
                    "file name cannot be represented in the system encoding (" + encoding + "): run under a"
                            + " UTF-8 locale (e.g. LANG=C.UTF-8) or rename the file");
        }
        if (Files.isSymbolicLink(path)) {
            try {
                Path target = path.toRealPath();
                if (!target.startsWith(root)) {
                    return new Entry(name, path, Kind.REFUSED, "符号链接指向输入目录之外，已拒绝",
                            "symlink points outside the input folder, refused");
                }
            } catch (IOException e) {
                return new Entry(name, path, Kind.REFUSED, "符号链接无效（目标不存在）", "broken symlink");
            }
        }
        if (Files.isDirectory(path)) {
            return byName == Kind.IGNORED
                    ? new Entry(name, path, Kind.IGNORED, "子目录，已忽略", "sub-folder, ignored")
                    : new Entry(name, path, Kind.REFUSED, "名称像报告文件的目录，已拒绝",
                            "a folder named like an input file, refused");
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path)) {
            return new Entry(name, path, Kind.REFUSED, "不是普通文件", "not a regular file");
        }
        if (byName == Kind.IGNORED) {
            return new Entry(name, path, Kind.IGNORED, "未知扩展名，已忽略（支持 .md .txt .csv）",
                    "unknown extension, ignored (supported: .md .txt .csv)");
        }
        return new Entry(name, path, byName, "", "");
    }

    /**
     * Whether the name, as a string, leads back to the entry. It does not when the name's bytes are not valid
     * in the system encoding: under LANG=C (cron, systemd, containers) every Chinese name, under a UTF-8 locale
     * a name saved in GBK or Latin-1. The steps after the survey find files by name, so such a file could not
     * be read; it is refused here with the fix instead of failing the extract or passing for "disappeared".
     */
    static boolean nameRoundTrips(Path root, Path path, String name) {
        try {
            Path again = root.resolve(name);
            return again.equals(path) || Files.isSameFile(again, path);
        } catch (InvalidPathException | IOException e) {
            return false;
        }
    }

    static Kind kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".txt") || lower.endsWith(".markdown")) {
            return Kind.REPORT;
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            return Kind.CSV;
        }
        return Kind.IGNORED;
    }

    /**
     * The entry named {@code name} as it is now, classified again: a file may have been deleted, or replaced
     * by a folder or a symlink, since the folder was listed. Empty when nothing by that name exists any more.
     */
    public static Optional<Entry> current(Path folder, String name) {
        Path path = resolve(folder, name);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(classify(folder.toRealPath(), path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Resolves a stored name against the folder, refusing anything that would leave it. */
    public static Path resolve(Path folder, String name) {
        Path root = folder.toAbsolutePath().normalize();
        Path resolved = root.resolve(name).normalize();
        if (!resolved.startsWith(root) || !resolved.getParent().equals(root)) {
            throw new IllegalArgumentException("路径越出输入目录：" + name + " / path escapes the input folder: "
                    + name);
        }
        return resolved;
    }
}
