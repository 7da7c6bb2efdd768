package org.zhibiao.workbook;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF with the fastest deflate level ({@link Deflater#BEST_SPEED}) where POI uses the default one (6): for
 * the gzipped temp files of the sheets and for the .xlsx itself. Deflating the sheet XML is most of the export's
 * CPU after the rows themselves (at 1,000 documents, 266 MB of XML: 2.5 s at level 6, 0.75 s at level 1, once for
 * the temp files and once for the workbook); the workbook grows by about a fifth (25.5 → 31.2 MB) and holds
 * exactly the same parts. Inline strings, no shared-strings table, as before.
 */
final class FastDeflateWorkbook extends SXSSFWorkbook {

    static final int LEVEL = Deflater.BEST_SPEED;

    FastDeflateWorkbook(int rowWindow, boolean compressTempFiles) {
        super(null, rowWindow, compressTempFiles, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return isCompressTempFiles() ? new FastGzipWriter() : super.createSheetDataWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(LEVEL);
        return zip;
    }

    /** POI's gzipped temp file (read back by its GZIPInputStream), written at {@link #LEVEL}. */
    private static final class FastGzipWriter extends GZIPSheetDataWriter {

        FastGzipWriter() throws IOException {
            super(null);
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            return new LevelGzip(fos);
        }
    }

    private static final class LevelGzip extends GZIPOutputStream {
        LevelGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(LEVEL);
        }
    }
}
