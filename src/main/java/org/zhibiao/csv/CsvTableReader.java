package org.zhibiao.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one CSV indicator table, long (地区,年份,板块,指标,数值,单位 in any order, Chinese or English) or
 * wide (years as columns, NBS exports with preamble and footnotes). Never throws on bad input: every
 * record becomes an indicator, a rejection or a skip, and the counts reconcile (see {@link CsvResult}).
 * A file rejected whole counts as one record. See docs/csv.md.
 */
public final class CsvTableReader {

    private final CsvSettings settings;

    public CsvTableReader() {
        this(CsvSettings.defaults());
    }

    public CsvTableReader(CsvSettings settings) {
        this.settings = settings;
    }

    public CsvResult read(Path file, String fileName) {
        return read(file, fileName, null);
    }

    /** @param region the file's region when its rows do not name one (e.g. 北京市); null when unknown */
    public CsvResult read(Path file, String fileName, String region) {
        try {
            long size = Files.size(file);
            if (size > settings.maxFileBytes()) {
                return TableReading.rejectedWhole(fileName,
                        "文件大小" + size + "字节，超过上限" + settings.maxFileBytes() + "字节",
                        "file size " + size + " bytes exceeds the limit of " + settings.maxFileBytes() + " bytes");
            }
            return read(Files.readAllBytes(file), fileName, region);
        } catch (IOException | RuntimeException e) {
            return TableReading.rejectedWhole(fileName, "无法读取文件（" + e.getClass().getSimpleName() + "）",
                    "cannot read the file (" + e + ")");
        }
    }

    /** Reads a table already in memory (same rules as {@link #read(Path, String, String)}). */
    public CsvResult read(byte[] content, String fileName, String region) {
        return read(content, fileName, region, null, null);
    }

    /**
     * As {@link #read(byte[], String, String)}, with the indicator and unit of a table that names neither (given
     * per file by the operator); null when not given. What the table says itself always wins.
     */
    public CsvResult read(byte[] content, String fileName, String region, String indicator, String unit) {
        if (content.length > settings.maxFileBytes()) {
            return TableReading.rejectedWhole(fileName, "文件大小" + content.length + "字节，超过上限"
                    + settings.maxFileBytes() + "字节", "file size " + content.length
                    + " bytes exceeds the limit of " + settings.maxFileBytes() + " bytes");
        }
        try {
            return new TableReading(fileName, region, indicator, unit, settings).read(content);
        } catch (RuntimeException bug) {
            // Last resort: a defect here must cost one file, never the run.
            return TableReading.rejectedWhole(fileName, "读取时出现内部错误（" + bug + "）", "internal error: " + bug);
        }
    }
}
