package org.zhibiao.workbook;

import java.util.Locale;

/**
 * How the workbook is written.
 *
 * @param language        labels of fixed sheets, headers and enum values (section names stay as the taxonomy names them)
 * @param rowWindow       rows SXSSF keeps in memory per sheet; older rows go to a temp file
 * @param maxRowsPerSheet data rows per sheet before a section continues on {@code 名称 (2)}; Excel allows 1,048,575
 * @param maxCellChars    longest cell text; longer text is cut and ends with {@link SafeText#CUT_MARKER}
 * @param compressTempFiles gzip SXSSF's temp files: a twentieth of the disk (a million rows with their sentences
 *                        are ~1.2 GB of sheet XML) for about a quarter more CPU
 * @param maxLinks        hyperlinks on 校验问题; later references are plain text naming the row. POI holds each
 *                        link in memory until the write, about 3 KB apiece (65,530, Excel's limit per sheet, took
 *                        200 MB of a 512 MB heap), so this bounds the export's memory
 */
public record WorkbookSettings(Language language, int rowWindow, int maxRowsPerSheet, int maxCellChars,
        boolean compressTempFiles, int maxLinks) {

    /** Excel's row limit less the header row. */
    public static final int EXCEL_MAX_DATA_ROWS = 1_048_575;
    /** Excel's cell text limit. */
    public static final int EXCEL_MAX_CELL_CHARS = 32_767;
    public static final int DEFAULT_ROW_WINDOW = 200;
    /** Excel's hyperlink limit per sheet. */
    public static final int EXCEL_MAX_LINKS = 65_530;
    public static final int DEFAULT_MAX_LINKS = 10_000;

    public enum Language {
        ZH, EN;

        /** {@code zh}, {@code zh-CN}, {@code en}, {@code en-US} … ; anything else is rejected. */
        public static Language parse(String tag) {
            String lang = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
            if (lang.equals("zh")) {
                return ZH;
            }
            if (lang.equals("en")) {
                return EN;
            }
            throw new IllegalArgumentException("不支持的语言 / unsupported locale: " + tag + " (zh, en)");
        }
    }

    public WorkbookSettings {
        if (language == null) {
            throw new IllegalArgumentException("language is required");
        }
        if (rowWindow < 1) {
            throw new IllegalArgumentException("rowWindow must be at least 1: " + rowWindow);
        }
        if (maxRowsPerSheet < 1 || maxRowsPerSheet > EXCEL_MAX_DATA_ROWS) {
            throw new IllegalArgumentException("maxRowsPerSheet must be 1.." + EXCEL_MAX_DATA_ROWS + ": " + maxRowsPerSheet);
        }
        if (maxCellChars < SafeText.CUT_MARKER.length() + 1 || maxCellChars > EXCEL_MAX_CELL_CHARS) {
            throw new IllegalArgumentException("maxCellChars must be " + (SafeText.CUT_MARKER.length() + 1) + ".."
                    + EXCEL_MAX_CELL_CHARS + ": " + maxCellChars);
        }
        if (maxLinks < 0 || maxLinks > EXCEL_MAX_LINKS) {
            throw new IllegalArgumentException("maxLinks must be 0.." + EXCEL_MAX_LINKS + ": " + maxLinks);
        }
    }

    public static WorkbookSettings defaults() {
        return new WorkbookSettings(Language.ZH, DEFAULT_ROW_WINDOW, EXCEL_MAX_DATA_ROWS, EXCEL_MAX_CELL_CHARS, true,
                DEFAULT_MAX_LINKS);
    }

    /** Defaults in the language of a {@code --locale} value. */
    public static WorkbookSettings forLocale(String tag) {
        return defaults().withLanguage(Language.parse(tag));
    }

    public WorkbookSettings withLanguage(Language newLanguage) {
        return new WorkbookSettings(newLanguage, rowWindow, maxRowsPerSheet, maxCellChars, compressTempFiles, maxLinks);
    }

    public WorkbookSettings withMaxRowsPerSheet(int rows) {
        return new WorkbookSettings(language, rowWindow, rows, maxCellChars, compressTempFiles, maxLinks);
    }

    public WorkbookSettings withMaxCellChars(int chars) {
        return new WorkbookSettings(language, rowWindow, maxRowsPerSheet, chars, compressTempFiles, maxLinks);
    }

    public WorkbookSettings withCompressTempFiles(boolean compress) {
        return new WorkbookSettings(language, rowWindow, maxRowsPerSheet, maxCellChars, compress, maxLinks);
    }

    public WorkbookSettings withMaxLinks(int links) {
        return new WorkbookSettings(language, rowWindow, maxRowsPerSheet, maxCellChars, compressTempFiles, links);
    }

    public WorkbookSettings withRowWindow(int rows) {
        return new WorkbookSettings(language, rows, maxRowsPerSheet, maxCellChars, compressTempFiles, maxLinks);
    }
}
