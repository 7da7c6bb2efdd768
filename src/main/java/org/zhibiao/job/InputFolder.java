package org.zhibiao.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            throw new UncheckedIOException("输入目录不存在或不可读：" + folder.toAbsolutePath()
                    + " / input folder missing or unreadable: " + folder.toAbsolutePath(), e);
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> paths = Files.list(root)) {
            paths.sorted().forEach(p -> entries.add(classify(root, p)));
        } catch (IOException e) {
            throw new UncheckedIOException("无法列出输入目录 " + root + " / cannot list input folder " + root, e);
        }
        return entries;
    }

    static Entry classify(Path root, Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".")) {
            return new Entry(name, path, Kind.IGNORED, "隐藏文件，已忽略", "hidden file, ignored");
        }
        Kind byName = kindOf(name);
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
