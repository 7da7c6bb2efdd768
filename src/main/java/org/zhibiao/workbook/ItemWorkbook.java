package org.zhibiao.workbook;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A workbook that items are streamed into as rows, then written into place at once: the plug between
 * {@code workbook.item.XlsxItemWriter} (which drives it from a Spring Batch step) and a workbook implementation.
 * Two exist: {@code workbook.item.LayoutWorkbook} (any item type, one table per sheet, from a
 * {@code SheetLayout}) and {@link WorkbookWriter} (zhibiao's indicators on their section sheets, with the fixed
 * sheets around them), so the job's section sheets are the workbook core's own, not a second implementation.
 *
 * <p>Call {@link #append} for every item, {@link #writeAtomically} once, {@link #close} always.
 *
 * @param <T> the item type
 */
public interface ItemWorkbook<T> extends AutoCloseable {

    /** Writes {@code item} as the next row of the sheet it belongs to. */
    void append(T item);

    /** Rows appended so far. */
    long rowsWritten();

    /**
     * Finishes every sheet and writes the file to an exclusive temp file beside {@code target}, then renames it
     * over {@code target}: on failure there is no new file at {@code target} and no temp file.
     */
    void writeAtomically(Path target) throws IOException;

    /** Deletes the streamed rows' temp files; safe to call more than once. */
    @Override
    void close();
}
