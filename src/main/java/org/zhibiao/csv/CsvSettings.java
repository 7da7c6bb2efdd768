package org.zhibiao.csv;

/**
 * Limits of the CSV reader.
 *
 * @param maxFileBytes   a larger file is rejected whole (it is never read into memory)
 * @param maxCellChars   longer cells are cut to this many characters
 * @param maxRecordLines a quoted field may span at most this many physical lines; beyond it the
 *                       opening quote is taken as unbalanced, so one stray quote cannot swallow a file
 */
public record CsvSettings(long maxFileBytes, int maxCellChars, int maxRecordLines) {

    public static final int MAX_RAW_CHARS = 1000;

    public CsvSettings {
        if (maxFileBytes <= 0 || maxCellChars <= 0 || maxRecordLines <= 0) {
            throw new IllegalArgumentException("CSV limits must be positive");
        }
    }

    public static CsvSettings defaults() {
        return new CsvSettings(64L * 1024 * 1024, 500, 50);
    }
}
