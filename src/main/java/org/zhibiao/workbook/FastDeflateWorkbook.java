package org.zhibiao.workbook;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF, byte for byte the same sheet XML, written with less CPU (the export's hot path, docs/performance.md):
 *
 * <ul>
 * <li>the fastest deflate level ({@link Deflater#BEST_SPEED}) where POI uses the default one (6), for the gzipped
 * temp files of the sheets and for the .xlsx itself. At 1,000 documents the sheets are 266 MB of XML: 2.5 s to
 * deflate at level 6, 0.75 s at level 1, once for the temp files and once for the workbook; the workbook grows by
 * about a fifth (25.5 → 31.2 MB) and holds the same parts;</li>
 * <li>cell text escaped in runs ({@link #escape}) instead of POI's one {@code Writer.write(int)} (a synchronized
 * call) and one {@code char[]} per character of every sentence.</li>
 * </ul>
 * Inline strings, no shared-strings table, as before.
 */
final class FastDeflateWorkbook extends SXSSFWorkbook {

    static final int LEVEL = Deflater.BEST_SPEED;

    FastDeflateWorkbook(int rowWindow, boolean compressTempFiles) {
        super(null, rowWindow, compressTempFiles, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return isCompressTempFiles() ? new GzipWriter() : new PlainWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(LEVEL);
        return zip;
    }

    /**
     * What POI's {@code SheetDataWriter.outputEscapedString} writes (POI 5.5.1), in runs: the five XML
     * characters, newline, return, tab and no-break space as character references; other control characters,
     * U+FFFE and U+FFFF as {@code ?}; an unpaired surrogate as {@code ?} too (POI passes it on and the UTF-8
     * encoder replaces it); everything else as is. {@code FastDeflateWorkbookTest} compares the bytes with POI's.
     */
    static void escape(String s, Writer out) throws IOException {
        if (s == null) {
            return;
        }
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement;
            switch (c) {
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '&' -> replacement = "&amp;";
                case '"' -> replacement = "&quot;";
                case '\n' -> replacement = "&#xa;";
                case '\r' -> replacement = "&#xd;";
                case '\t' -> replacement = "&#x9;";
                case '\u00a0' -> replacement = "&#xa0;";
                default -> {
                    if (c >= ' ' && c < '\ufffe' && !Character.isSurrogate(c)) {
                        continue;
                    }
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++; // a pair: part of the run
                        continue;
                    }
                    replacement = "?";
                }
            }
            if (i > run) {
                out.write(s, run, i - run);
            }
            out.write(replacement);
            run = i + 1;
        }
        if (n > run) {
            out.write(s, run, n - run);
        }
    }

    /** POI's plain temp file, text escaped in runs. */
    static final class PlainWriter extends SheetDataWriter {

        PlainWriter() throws IOException {
            super();
        }

        /** Writes to {@code writer} instead of a temp file (for tests). */
        PlainWriter(Writer writer) throws IOException {
            super(writer);
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            escape(s, _out);
        }
    }

    /** POI's gzipped temp file (read back by its GZIPInputStream), written at {@link #LEVEL}, text escaped in runs. */
    private static final class GzipWriter extends GZIPSheetDataWriter {

        GzipWriter() throws IOException {
            super(null);
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            return new LevelGzip(fos);
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            escape(s, _out);
        }
    }

    private static final class LevelGzip extends GZIPOutputStream {
        LevelGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(LEVEL);
        }
    }
}
