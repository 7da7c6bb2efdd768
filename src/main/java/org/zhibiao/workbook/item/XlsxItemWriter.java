package org.zhibiao.workbook.item;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.zhibiao.workbook.ItemWorkbook;

/**
 * Writes items as rows of a formatted .xlsx through the workbook core's streaming workbooks: {@link #open} makes
 * the workbook and runs the header callback, {@link #write} appends each chunk's items to the sheets they belong
 * to, and at the end the footer callback runs and the file is written to an exclusive temp file beside the target
 * and renamed into place. Build one with {@link XlsxItemWriterBuilder}: from a {@link SheetLayout} (one table per
 * sheet, sheets past {@code rowLimit} rows continued on {@code Name (2)}), or from a factory of any
 * {@link ItemWorkbook} with sheets of its own.
 *
 * <p><b>When the file is written.</b> In a step, give the step {@link #signallingEndOfInput}{@code (reader, writer)}
 * as its reader: the file is then written in {@link #update} after the step's last chunk, inside the step, so a
 * failure fails the step and the step is saved as COMPLETED only once the file is in place (a process killed
 * while writing leaves the step to run again). Without that signal, in {@link #afterStep} of a completed step
 * (the step builder registers the writer as a {@link StepExecutionListener}): Spring Batch has saved the step as
 * COMPLETED by then, and a failure marks it FAILED again. Not in {@link #close}: Spring Batch closes a step's
 * streams after it has saved the step's final status, so a failure there could not fail the step. Outside a step
 * (or wrapped where the step does not see the writer as a listener), in {@link #close}.
 *
 * <p><b>All or nothing.</b> An .xlsx is a zip whose sheets are complete only at the end, so it cannot be appended
 * to: the file appears at the end or not at all. Nothing is published, and an existing file at the target is left
 * as it was, when a write failed, when the step did not complete, or when writing the file failed.
 *
 * <p><b>Restart.</b> A restarted step rewrites the whole file, so its reader must start again from the first item
 * (give it {@code saveState(false)}). {@link #update} records the rows written so far under
 * {@code <name>.rows.written}; when a restart finds that count above zero, {@link #open} refuses, because a reader
 * that resumed from its saved position would leave the earlier rows out of the new file. Build the writer with
 * {@code saveState(false)} to record and check nothing.
 *
 * <p>Not for fault-tolerant steps that skip or retry failed writes: rows already streamed cannot be taken back, so
 * the first failed write fails the workbook. Not thread-safe (as the step calls it: one chunk at a time).
 *
 * @param <T> the item type
 */
public class XlsxItemWriter<T> implements ItemStreamWriter<T>, StepExecutionListener {

    static final String ROWS_WRITTEN = "rows.written";

    private final String name;
    private final Path target;
    private final Plug<T, ?> plug;
    private final boolean saveState;

    private Opened<T> opened;
    private long rowsWritten;
    private boolean failed;
    private boolean inStep;
    private boolean endOfInput;
    private boolean published;

    XlsxItemWriter(String name, Path target, Plug<T, ?> plug, boolean saveState) {
        this.name = name;
        this.target = target;
        this.plug = plug;
        this.saveState = saveState;
    }

    /** A workbook factory with the callbacks that write into what it makes, typed together. */
    record Plug<T, W extends ItemWorkbook<T>>(Supplier<W> factory, XlsxCallback<? super W> header,
            XlsxCallback<? super W> footer) {

        Opened<T> open() throws IOException {
            W workbook = factory.get();
            try {
                header.write(workbook);
            } catch (IOException | RuntimeException | Error e) {
                workbook.close();
                throw e;
            }
            return new Opened<>(workbook, () -> footer.write(workbook));
        }
    }

    /** An open workbook and its footer, bound. */
    private record Opened<T>(ItemWorkbook<T> workbook, Footer footer) {
    }

    private interface Footer {
        void write() throws IOException;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        inStep = true;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        if (opened != null) {
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
        failed = false;
        endOfInput = false;
        published = false;
        rowsWritten = 0;
        try {
            opened = plug.open();
        } catch (IOException | UncheckedIOException e) {
            throw new ItemStreamException("工作簿无法开始写入 / could not start the workbook " + target + ": "
                    + e.getMessage() + ". Check that the folder exists and is writable and that the disk has room,"
                    + " then rerun the step.", e);
        }
    }

    @Override
    public void write(Chunk<? extends T> chunk) {
        if (opened == null) {
            throw new IllegalStateException("XlsxItemWriter '" + name + "' is not open: call open(ExecutionContext)"
                    + " before write (a step does this for its writer and registered streams) / 写入前须先打开");
        }
        if (failed) {
            throw new ItemStreamException("an earlier write to " + target + " failed, the workbook is incomplete"
                    + " and will not be written; rerun the step from the first item / 之前的写入失败，工作簿不完整");
        }
        try {
            for (T item : chunk) {
                opened.workbook().append(item);
                rowsWritten++;
            }
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    /**
     * Records the rows written (unless built with {@code saveState(false)}); after the last chunk of a reader that
     * signals the end of input, writes the file (see the class comment).
     */
    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        if (saveState) {
            context.putLong(key(), rowsWritten);
        }
        if (endOfInput && opened != null && !published && !failed) {
            publish();
        }
    }

    /**
     * Tells this writer that the step's reader has no more items: the file is written at the next {@link #update},
     * which the step calls after its last chunk. {@link #signallingEndOfInput} calls it.
     */
    public void endOfInput() {
        endOfInput = true;
    }

    /**
     * {@code reader}, calling {@code writer.endOfInput()} when it returns null, so that the step writes the file in
     * its last chunk. Give this to the step builder as the reader; either may be a step-scoped proxy. The stream
     * calls go to {@code reader} when it is an {@link ItemStream}.
     */
    public static <I> ItemStreamReader<I> signallingEndOfInput(ItemReader<I> reader, XlsxItemWriter<?> writer) {
        return new ItemStreamReader<>() {
            @Override
            public I read() throws Exception {
                I item = reader.read();
                if (item == null) {
                    writer.endOfInput();
                }
                return item;
            }

            @Override
            public void open(ExecutionContext context) {
                if (reader instanceof ItemStream stream) {
                    stream.open(context);
                }
            }

            @Override
            public void update(ExecutionContext context) {
                if (reader instanceof ItemStream stream) {
                    stream.update(context);
                }
            }

            @Override
            public void close() {
                if (reader instanceof ItemStream stream) {
                    stream.close();
                }
            }
        };
    }

    /**
     * A completed step: runs the footer and writes the file, marking the step FAILED (with the cause) when that
     * fails. A step that did not complete: remembers it, so that nothing is published.
     */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() != BatchStatus.COMPLETED || opened == null) {
            failed = true;
            return null;
        }
        if (published || failed) {
            return null;
        }
        try {
            publish();
            stepExecution.setEndTime(LocalDateTime.now());
            return null;
        } catch (RuntimeException e) {
            stepExecution.setStatus(BatchStatus.FAILED);
            stepExecution.addFailureException(e);
            stepExecution.setEndTime(LocalDateTime.now());
            return ExitStatus.FAILED.addExitDescription(e);
        }
    }

    /**
     * Outside a step: runs the footer and writes the workbook into place unless a write failed. Always deletes the
     * streamed rows' temp files. A failure leaves no file at the target path (an existing one untouched) and no
     * temp file.
     */
    @Override
    public void close() throws ItemStreamException {
        if (opened == null) {
            return;
        }
        try {
            if (!failed && !inStep && !published) {
                publish();
            }
        } finally {
            Opened<T> done = opened;
            opened = null;
            inStep = false;
            done.workbook().close();
        }
    }

    /** The footer, then the file; an exception of the footer is passed on as it is (it names its own cause). */
    private void publish() {
        failed = true; // until the file is in place: a second attempt would write half-finished sheets
        try {
            opened.footer().write();
        } catch (IOException e) {
            throw new ItemStreamException("工作簿收尾失败 / the footer of the workbook " + target + " failed: "
                    + e.getMessage(), e);
        }
        try {
            opened.workbook().writeAtomically(target);
        } catch (IOException | RuntimeException e) {
            throw new ItemStreamException("工作簿写入失败 / could not write the workbook " + target + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, that the path names a file, and that the"
                    + " disk has room, then rerun the step.", e);
        }
        failed = false;
        published = true;
    }

    /** Rows written since {@link #open}. */
    public long rowsWritten() {
        return rowsWritten;
    }

    private String key() {
        return name + "." + ROWS_WRITTEN;
    }
}
