package org.zhibiao.workbook.item;

import java.nio.file.Path;
import org.zhibiao.workbook.StreamingWorkbook;
import org.zhibiao.workbook.WorkbookSettings;

/**
 * Builds an {@link XlsxItemWriter}, in the manner of Spring Batch's own builders:
 *
 * <pre>{@code
 * XlsxItemWriter<Indicator> writer = new XlsxItemWriterBuilder<Indicator>()
 *         .name("indicatorWorkbook")
 *         .path(Path.of("out/indicators.xlsx"))
 *         .layout(layout)
 *         .build();
 * }</pre>
 *
 * @param <T> the item type
 */
public class XlsxItemWriterBuilder<T> {

    private String name;
    private Path path;
    private SheetLayout<T> layout;
    private int rowLimit = WorkbookSettings.EXCEL_MAX_DATA_ROWS;
    private int rowWindow = WorkbookSettings.DEFAULT_ROW_WINDOW;
    private int maxCellChars = WorkbookSettings.EXCEL_MAX_CELL_CHARS;
    private boolean saveState = true;

    /** Prefix of the writer's key in the step's execution context; required while state is saved. */
    public XlsxItemWriterBuilder<T> name(String name) {
        this.name = name;
        return this;
    }

    /** The .xlsx to write; its folder is created if missing. */
    public XlsxItemWriterBuilder<T> path(Path path) {
        this.path = path;
        return this;
    }

    public XlsxItemWriterBuilder<T> layout(SheetLayout<T> layout) {
        this.layout = layout;
        return this;
    }

    /** Data rows per sheet before it continues on {@code Name (2)}; at most Excel's 1,048,575 (the default). */
    public XlsxItemWriterBuilder<T> rowLimit(int rowLimit) {
        this.rowLimit = rowLimit;
        return this;
    }

    /** Rows per sheet kept in memory (default 200); older rows are streamed to a gzipped temp file. */
    public XlsxItemWriterBuilder<T> rowWindow(int rowWindow) {
        this.rowWindow = rowWindow;
        return this;
    }

    /** Longest cell text; longer text is cut with a visible marker (default and maximum: Excel's 32,767). */
    public XlsxItemWriterBuilder<T> maxCellChars(int maxCellChars) {
        this.maxCellChars = maxCellChars;
        return this;
    }

    /** Whether the rows written are recorded and a restart that would append is refused (default true). */
    public XlsxItemWriterBuilder<T> saveState(boolean saveState) {
        this.saveState = saveState;
        return this;
    }

    public XlsxItemWriter<T> build() {
        if (path == null) {
            throw new IllegalStateException("XlsxItemWriterBuilder: a path is required");
        }
        if (layout == null) {
            throw new IllegalStateException("XlsxItemWriterBuilder: a layout is required");
        }
        if (saveState && (name == null || name.isBlank())) {
            throw new IllegalStateException("XlsxItemWriterBuilder: a name is required when saveState is true");
        }
        if (rowLimit < 1 || rowLimit > WorkbookSettings.EXCEL_MAX_DATA_ROWS) {
            throw new IllegalStateException(
                    "XlsxItemWriterBuilder: rowLimit must be 1.." + WorkbookSettings.EXCEL_MAX_DATA_ROWS + ": " + rowLimit);
        }
        StreamingWorkbook.checkSettings(rowWindow, maxCellChars); // now rather than at open
        return new XlsxItemWriter<>(name == null ? "xlsxItemWriter" : name, path, layout, rowLimit, rowWindow,
                maxCellChars, saveState);
    }
}
