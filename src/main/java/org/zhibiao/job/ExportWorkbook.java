package org.zhibiao.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhibiao.model.Indicator;
import org.zhibiao.workbook.FactsCsv;
import org.zhibiao.workbook.ItemWorkbook;
import org.zhibiao.workbook.WorkbookWriter;

/**
 * What the export's {@code XlsxItemWriter} writes into: the core's {@link WorkbookWriter} (section sheets and the
 * fixed sheets), the facts CSV that 面板 fills, and the POI temp folder their rows stream through. The CSV is
 * moved into place right after the workbook, as before; a failure before leaves both previous files as they were.
 */
final class ExportWorkbook implements ItemWorkbook<Indicator> {

    private static final Logger log = LoggerFactory.getLogger(ExportWorkbook.class);

    private final PoiTempFolder poiTemp;
    private final WorkbookWriter writer;
    private final FactsCsv factsCsv;
    private final Path factsTarget;

    private ExportWorkbook(PoiTempFolder poiTemp, WorkbookWriter writer, FactsCsv factsCsv, Path factsTarget) {
        this.poiTemp = poiTemp;
        this.writer = writer;
        this.factsCsv = factsCsv;
        this.factsTarget = factsTarget;
    }

    /** Claims the POI temp folder beside {@code target}, then makes the writer and starts the facts CSV. */
    static ExportWorkbook open(Path target, Path factsTarget, Supplier<WorkbookWriter> writers) {
        PoiTempFolder poiTemp = null;
        WorkbookWriter writer = null;
        try {
            poiTemp = PoiTempFolder.open(target.toAbsolutePath().getParent());
            writer = writers.get();
            return new ExportWorkbook(poiTemp, writer, FactsCsv.open(factsTarget), factsTarget);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.close();
            }
            if (poiTemp != null) {
                poiTemp.close();
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    WorkbookWriter writer() {
        return writer;
    }

    FactsCsv factsCsv() {
        return factsCsv;
    }

    @Override
    public void append(Indicator indicator) {
        writer.append(indicator);
    }

    @Override
    public long rowsWritten() {
        return writer.rowsWritten();
    }

    @Override
    public void writeAtomically(Path target) throws IOException {
        writer.writeAtomically(target);
        factsCsv.commit();
        log.info("facts written: {} ({} facts)", factsTarget.toAbsolutePath(), factsCsv.lines());
        log.info("workbook written: {} ({} indicator rows)", target.toAbsolutePath(), rowsWritten());
    }

    @Override
    public void close() {
        try (poiTemp; writer; factsCsv) {
            // closes all three, the POI folder last
        }
    }
}
