package org.zhibiao.job;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhibiao.input.ReportFile;
import org.zhibiao.workbook.WorkbookSettings;

/**
 * Settings of the job that are not part of a run's identity. The command line sets them (see
 * {@code launch.ZhibiaoApplication}); {@code zhibiao.*} properties and environment variables may too.
 *
 * @param maxFileBytes    larger input files are refused (拒绝记录), not read
 * @param maxRejectRatio  the run fails when rejected records / records read exceeds this
 * @param threads         partitions run at once
 * @param locale          zh or en labels in the workbook
 * @param taxonomy        a replacement taxonomy file, or null for the default
 * @param maxRowsPerSheet rows of a section sheet before it continues on "产业基础 (2)" (Excel's limit)
 * @param fileFacts       region and year per input file (文件,地区,年份), or null
 * @param maxLinks        hyperlinks on 校验问题 (POI holds each in memory until the write)
 * @param maxLineChars    longer report lines are refused (counted in slices, never held whole)
 * @param maxSentenceChars longer report sentences are refused before extraction (its cost grows faster than length)
 * @param maxIndicatorsPerFile a file that gives more is cut at a line, with a marker row in 拒绝记录
 * @param catalogue       a replacement indicator catalogue file, or null for the default
 */
@ConfigurationProperties(prefix = "zhibiao")
public record RunSettings(Long maxFileBytes, Double maxRejectRatio, Integer threads, String locale, Path taxonomy,
        Integer maxRowsPerSheet, Path fileFacts, Integer maxLinks, Integer maxLineChars, Integer maxSentenceChars,
        Integer maxIndicatorsPerFile, Path catalogue) {

    public RunSettings {
        maxFileBytes = maxFileBytes == null ? 50L * 1024 * 1024 : maxFileBytes;
        maxRejectRatio = maxRejectRatio == null ? 1.0 : maxRejectRatio;
        threads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        locale = locale == null ? "zh" : locale;
        maxRowsPerSheet = maxRowsPerSheet == null ? WorkbookSettings.EXCEL_MAX_DATA_ROWS : maxRowsPerSheet;
        maxLinks = maxLinks == null ? WorkbookSettings.DEFAULT_MAX_LINKS : maxLinks;
        maxLineChars = positive(maxLineChars, ReportFile.Limits.DEFAULT.maxLineChars(), "max-line-chars");
        maxSentenceChars = positive(maxSentenceChars, ReportFile.Limits.DEFAULT.maxSentenceChars(),
                "max-sentence-chars");
        maxIndicatorsPerFile = positive(maxIndicatorsPerFile, ReportFile.Limits.DEFAULT.maxIndicators(),
                "max-indicators-per-file");
    }

    /** The limits a report or table file is read with. */
    public ReportFile.Limits fileLimits() {
        return new ReportFile.Limits(maxFileBytes, maxLineChars, maxSentenceChars, maxIndicatorsPerFile);
    }

    private static int positive(Integer value, int fallback, String name) {
        if (value != null && value <= 0) {
            throw new IllegalArgumentException("zhibiao." + name + " 必须大于 0 / must be greater than 0: " + value);
        }
        return value == null ? fallback : value;
    }
}
