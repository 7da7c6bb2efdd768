package org.zhibiao.input;

/**
 * What one input file gave, stored with the run. Reconciles: {@code recordsRead == written + rejected + skipped}.
 *
 * @param kind       REPORT, CSV or IGNORED
 * @param indicators indicator rows the file produced
 */
public record InputFileFacts(String file, String kind, long bytes, String sha256, long recordsRead, long written,
        long rejected, long skipped, long indicators) {
}
