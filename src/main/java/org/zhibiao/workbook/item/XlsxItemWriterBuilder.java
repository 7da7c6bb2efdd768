package org.zhibiao.workbook.item;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.zhibiao.workbook.ItemWorkbook;
import org.zhibiao.workbook.StreamingWorkbook;
import org.zhibiao.workbook.WorkbookSettings;

/**
 * Builds an {@link XlsxItemWriter}, in the manner of Spring Batch's own builders. From a layout, with optional
 * header and footer callbacks:
 *
 * <pre>{@code
 * XlsxItemWriter<Reading> writer = new XlsxItemWriterBuilder<Reading>()
 *         .name("readings")
 *         .path(Path.of("out/readings.xlsx"))
 *         .layout(layout)
 *         .footerCallback(book -> writeTotals(book.streaming()))
 *         .build();
 * }</pre>
 *
 * or from a factory of a workbook implementation of your own (an {@link ItemWorkbook}, such as the core's
 * {@code WorkbookWriter}), with callbacks that see its own type:
 *
 * <pre>{@code
 * .workbook(() -> new WorkbookWriter(sections), writer -> writer.linkTargets(ids), writer -> writer.findings(...))
 * }</pre>
 *
 * @param <T> the item type
 */
public class XlsxItemWriterBuilder<T> {

    private String name;
    private Path path;
    private SheetLayout<T> layout;
    private XlsxCallback<? super LayoutWorkbook<T>> header = XlsxCallback.none();
    private XlsxCallback<? super LayoutWorkbook<T>> footer = XlsxCallback.none();
    private XlsxItemWriter.Plug<T, ?> plug;
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

    /** Items as rows of the sheets {@code layout} chooses; or give a {@link #workbook} instead. */
    public XlsxItemWriterBuilder<T> layout(SheetLayout<T> layout) {
        this.layout = layout;
        return this;
    }

    /** Runs in {@code open}, after the layout's workbook is made: sheets written here come before the items'. */
    public XlsxItemWriterBuilder<T> headerCallback(XlsxCallback<? super LayoutWorkbook<T>> header) {
        this.header = Objects.requireNonNull(header, "header");
        return this;
    }

    /** Runs after the last item, before the file is written: sheets written here come after the items'. */
    public XlsxItemWriterBuilder<T> footerCallback(XlsxCallback<? super LayoutWorkbook<T>> footer) {
        this.footer = Objects.requireNonNull(footer, "footer");
        return this;
    }

    /**
     * Items into a workbook implementation of your own, made by {@code factory} at each {@code open}; {@code header}
     * runs right after, {@code footer} after the last item. Row limits and cell settings are then the workbook's.
     */
    public <W extends ItemWorkbook<T>> XlsxItemWriterBuilder<T> workbook(Supplier<W> factory,
            XlsxCallback<? super W> header, XlsxCallback<? super W> footer) {
        this.plug = new XlsxItemWriter.Plug<>(Objects.requireNonNull(factory, "factory"),
                Objects.requireNonNull(header, "header"), Objects.requireNonNull(footer, "footer"));
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
        if (layout == null && plug == null) {
            throw new IllegalStateException("XlsxItemWriterBuilder: a layout (or a workbook factory) is required");
        }
        if (layout != null && plug != null) {
            throw new IllegalStateException("XlsxItemWriterBuilder: give a layout or a workbook factory, not both");
        }
        if (saveState && (name == null || name.isBlank())) {
            throw new IllegalStateException("XlsxItemWriterBuilder: a name is required when saveState is true");
        }
        if (rowLimit < 1 || rowLimit > WorkbookSettings.EXCEL_MAX_DATA_ROWS) {
            throw new IllegalStateException(
                    "XlsxItemWriterBuilder: rowLimit must be 1.." + WorkbookSettings.EXCEL_MAX_DATA_ROWS + ": " + rowLimit);
        }
        StreamingWorkbook.checkSettings(rowWindow, maxCellChars); // now rather than at open
        return new XlsxItemWriter<>(name == null ? "xlsxItemWriter" : name, path, plug != null ? plug : layoutPlug(),
                saveState);
    }

    private XlsxItemWriter.Plug<T, LayoutWorkbook<T>> layoutPlug() {
        SheetLayout<T> sheets = layout;
        int limit = rowLimit;
        int window = rowWindow;
        int maxChars = maxCellChars;
        XlsxCallback<? super LayoutWorkbook<T>> userFooter = footer;
        return new XlsxItemWriter.Plug<>(() -> new LayoutWorkbook<>(sheets, limit, window, maxChars), header,
                book -> {
                    book.endOfItems();
                    userFooter.write(book);
                });
    }
}
