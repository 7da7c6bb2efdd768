package org.zhibiao.workbook.item;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.workbook.ItemWorkbook;
import org.zhibiao.workbook.StreamingWorkbook;

/**
 * The generic {@link ItemWorkbook}: each item a row of the sheet its {@link SheetLayout} chooses, a sheet past
 * {@code rowLimit} rows continued on {@code Name (2)} right after its last part. Header and footer callbacks get
 * this workbook: {@link #streaming()} adds sheets of their own (before the items' sheets when written in the
 * header callback, after them in the footer callback; {@link StreamingWorkbook#moveTo} puts one elsewhere).
 *
 * @param <T> the item type
 */
public final class LayoutWorkbook<T> implements ItemWorkbook<T> {

    private final SheetLayout<T> layout;
    private final int rowLimit;
    private final StreamingWorkbook workbook;
    private final Map<String, List<StreamingWorkbook.Sheet>> sheets = new LinkedHashMap<>();
    private long rowsWritten;

    LayoutWorkbook(SheetLayout<T> layout, int rowLimit, int rowWindow, int maxCellChars) {
        this.layout = layout;
        this.rowLimit = rowLimit;
        this.workbook = new StreamingWorkbook(rowWindow, maxCellChars);
    }

    /** The streamed tables, for callbacks that write sheets of their own. */
    public StreamingWorkbook streaming() {
        return workbook;
    }

    /** The items' sheets so far, by the name the layout chose, each with its parts in order. */
    public Map<String, List<StreamingWorkbook.Sheet>> itemSheets() {
        return sheets;
    }

    @Override
    public void append(T item) {
        List<StreamingWorkbook.Sheet> parts = sheets.computeIfAbsent(layout.sheetOf(item), wanted -> new ArrayList<>(
                List.of(workbook.sheet(wanted, layout.headers(), layout.widthCaps()))));
        StreamingWorkbook.Sheet current = parts.get(parts.size() - 1);
        if (current.dataRows() >= rowLimit) {
            StreamingWorkbook.Sheet next = workbook.continuation(parts.get(0), parts.size() + 1);
            // continuation sheets follow their first part, however the items were interleaved
            workbook.moveTo(next, workbook.positionOf(current) + 1);
            parts.add(next);
            current = next;
        }
        layout.writeRow(item, current);
        rowsWritten++;
    }

    /** A workbook needs a sheet: when no item came, the layout's default sheet shows the headers expected. */
    void endOfItems() {
        if (sheets.isEmpty()) {
            sheets.put(layout.emptySheetName(), new ArrayList<>(
                    List.of(workbook.sheet(layout.emptySheetName(), layout.headers(), layout.widthCaps()))));
        }
    }

    @Override
    public long rowsWritten() {
        return rowsWritten;
    }

    @Override
    public void writeAtomically(Path target) throws IOException {
        workbook.writeAtomically(target);
    }

    @Override
    public void close() {
        workbook.close();
    }
}
