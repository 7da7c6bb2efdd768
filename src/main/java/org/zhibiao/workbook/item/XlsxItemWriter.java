package org.zhibiao.workbook.item;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.zhibiao.workbook.StreamingWorkbook;

/**
 * Writes items as rows of a formatted .xlsx, one table per sheet, through the workbook core's streaming
 * workbook: {@link #open} starts it, {@link #write} appends each chunk's items to the sheets the
 * {@link SheetLayout} chooses (a sheet past {@code rowLimit} rows continues on {@code Name (2)}), {@link #close}
 * writes an exclusive temp file beside the target and renames it into place. Build one with
 * {@link XlsxItemWriterBuilder}.
 *
 * <p><b>All or nothing.</b> An .xlsx is a zip whose sheets are complete only at the end, so it cannot be appended
 * to: the file appears at {@code close} or not at all. Nothing is published, and an existing file at the target is
 * left as it was, when a write failed, when the step did not complete (the writer is a
 * {@link StepExecutionListener}, registered by the step builder with the writer; register it yourself when
 * it is wrapped, in a composite writer for instance), or when writing the file failed.
 *
 * <p><b>Restart.</b> A restarted step rewrites the whole file, so its reader must start again from the first item
 * (give it {@code saveState(false)}). {@link #update} records the rows written so far under
 * {@code <name>.rows.written}; when a restart finds that count above zero, {@link #open} refuses, because
 * a reader that resumed from its saved position would leave the earlier rows out of the new file. Build the writer
 * with {@code saveState(false)} to record and check nothing.
 *
 * <p>Not for fault-tolerant steps that skip or retry failed writes: rows already streamed cannot be taken back,
 * so the first failed write fails the workbook. Not thread-safe (as the step calls it: one chunk at a time).
 *
 * @param <T> the item type
 */
public class XlsxItemWriter<T> implements ItemStreamWriter<T>, StepExecutionListener {

    static final String ROWS_WRITTEN = "rows.written";

    private final String name;
    private final Path target;
    private final SheetLayout<T> layout;
    private final int rowLimit;
    private final int rowWindow;
    private final int maxCellChars;
    private final boolean saveState;

    private StreamingWorkbook workbook;
    private final Map<String, List<StreamingWorkbook.Sheet>> sheets = new LinkedHashMap<>();
    private long rowsWritten;
    private boolean failed;

    XlsxItemWriter(String name, Path target, SheetLayout<T> layout, int rowLimit, int rowWindow, int maxCellChars,
            boolean saveState) {
        this.name = name;
        this.target = target;
        this.layout = layout;
        this.rowLimit = rowLimit;
        this.rowWindow = rowWindow;
        this.maxCellChars = maxCellChars;
        this.saveState = saveState;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        if (workbook != null) {
            throw new ItemStreamException("XlsxItemWriter '" + name + "' is already open; close it before opening it"
                    + " again / 写入器已打开");
        }
        String key = key();
        if (saveState && context.containsKey(key) && context.getLong(key) > 0) {
            throw new ItemStreamException("工作簿不能续写：重启的步骤必须从第一条记录重新开始 / an .xlsx cannot be appended"
                    + " to: this restart follows " + context.getLong(key) + " rows already written to " + target
                    + ". Give the step's reader saveState(false) so it starts again from the first item, and build"
                    + " this writer with saveState(false); the whole file is then rewritten.");
        }
        workbook = new StreamingWorkbook(rowWindow, maxCellChars);
        sheets.clear();
        rowsWritten = 0;
        failed = false;
    }

    @Override
    public void write(Chunk<? extends T> chunk) {
        if (workbook == null) {
            throw new IllegalStateException("XlsxItemWriter '" + name + "' is not open: call open(ExecutionContext)"
                    + " before write (a step does this for its writer and registered streams) / 写入前须先打开");
        }
        if (failed) {
            throw new ItemStreamException("an earlier write to " + target + " failed, the workbook is incomplete"
                    + " and will not be written; rerun the step from the first item / 之前的写入失败，工作簿不完整");
        }
        try {
            for (T item : chunk) {
                append(item);
            }
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    private void append(T item) {
        List<StreamingWorkbook.Sheet> parts = sheets.computeIfAbsent(layout.sheetOf(item), wanted -> new ArrayList<>(
                List.of(workbook.sheet(wanted, layout.headers(), layout.widthCaps()))));
        StreamingWorkbook.Sheet current = parts.get(parts.size() - 1);
        if (current.dataRows() >= rowLimit) {
            current = workbook.continuation(parts.get(0), parts.size() + 1);
            parts.add(current);
        }
        layout.writeRow(item, current);
        rowsWritten++;
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        if (saveState) {
            context.putLong(key(), rowsWritten);
        }
    }

    /** Remembers a step that did not complete, so that {@link #close} publishes nothing. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
            failed = true;
        }
        return null;
    }

    /**
     * Writes the workbook into place unless a write failed or the step did not complete, and always deletes the
     * streamed rows' temp files. A failure here leaves no file at the target path (an existing one untouched)
     * and no temp file.
     */
    @Override
    public void close() throws ItemStreamException {
        if (workbook == null) {
            return;
        }
        try {
            if (!failed) {
                publish();
            }
        } catch (IOException | RuntimeException e) {
            throw new ItemStreamException("工作簿写入失败 / could not write the workbook " + target + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, that the path names a file, and that the"
                    + " disk has room, then rerun the step.", e);
        } finally {
            StreamingWorkbook done = workbook;
            workbook = null;
            done.close();
        }
    }

    private void publish() throws IOException {
        if (sheets.isEmpty()) {
            // a workbook needs a sheet; the headers show what was expected
            workbook.sheet(layout.emptySheetName(), layout.headers(), layout.widthCaps());
        }
        // continuation sheets follow their first part, however the items were interleaved
        int position = 0;
        for (List<StreamingWorkbook.Sheet> parts : sheets.values()) {
            for (StreamingWorkbook.Sheet sheet : parts) {
                workbook.moveTo(sheet, position++);
            }
        }
        workbook.writeAtomically(target);
    }

    /** Rows written since {@link #open}. */
    public long rowsWritten() {
        return rowsWritten;
    }

    private String key() {
        return name + "." + ROWS_WRITTEN;
    }
}
