package org.zhibiao.workbook;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.zhibiao.model.Fact;

/**
 * {@code facts-<run-date>.csv} beside the workbook: one line per fact, long format, for pandas, R and databases.
 * UTF-8 with a BOM (Excel then reads the Chinese right), RFC 4180 quoting, English column names. Written to
 * {@code .<name>.tmp} and moved into place by {@link #commit}, like the workbook; {@link #close} without commit
 * removes the temp file. Text that Excel would read as a formula (= + - @ first) gets a leading apostrophe;
 * the numeric value column is left as a number.
 */
public final class FactsCsv implements AutoCloseable {

    public static final String[] HEADER = {"fact_id", "region", "period", "code", "standard_name", "name", "measure",
        "value", "base_unit", "status", "sources", "mentions", "first_file", "first_line"};

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final ICSVWriter csv;
    private long lines;
    private boolean committed;

    private FactsCsv(Path target, Path temp, FileChannel channel, ICSVWriter csv) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.csv = csv;
    }

    /** Starts {@code .<name>.tmp} in the target's folder, with the BOM and the header line. */
    public static FactsCsv open(Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        Path temp = file.getParent().resolve("." + file.getFileName() + ".tmp");
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        Writer writer = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        ICSVWriter csv = new CSVWriter(writer, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n");
        csv.writeNext(HEADER, false);
        return new FactsCsv(file, temp, channel, csv);
    }

    public void write(Fact f) {
        csv.writeNext(new String[] {f.id(), safe(f.region()), safe(f.period()), safe(f.code()),
            safe(f.standardName()), safe(f.subject()), f.measure() == null ? "" : f.measure().name(),
            f.value() == null ? "" : f.value().toPlainString(), safe(f.baseUnit()),
            f.status() == null ? "" : f.status().name(), Integer.toString(f.sources()), Long.toString(f.mentions()),
            safe(f.firstFile()), Integer.toString(f.firstLine())}, true);
        lines++;
    }

    public long lines() {
        return lines;
    }

    /** Flushes, forces to disk and moves the file over the target (atomically where the file system can). */
    public void commit() throws IOException {
        csv.flush();
        channel.force(true);
        csv.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            csv.close();
        } catch (IOException e) {
            // a full disk fails the flush; the temp file goes anyway
        }
        try {
            channel.close(); // the writer leaves it open when its last flush failed
        } catch (IOException e) {
            // closing only releases the file
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as Excel must show it: never a formula. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        return SafeText.looksLikeFormula(text) ? "'" + text : text;
    }
}
