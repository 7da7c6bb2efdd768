package org.zhibiao.csv;

import java.util.List;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;

/**
 * What one CSV file gave. Reconciles: {@code recordsRead == indicators.size() + rejections.size() + skipped}
 * where a record is a data row of a long table, or a data cell (row x year column) of a wide table.
 */
public record CsvResult(String file, List<Indicator> indicators, List<Rejection> rejections, long recordsRead,
        long skipped) {

    /** True when every record read is accounted for (always, for results of {@link CsvTableReader}). */
    public boolean reconciles() {
        return recordsRead == indicators.size() + rejections.size() + skipped;
    }
}
