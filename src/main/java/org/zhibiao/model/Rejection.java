package org.zhibiao.model;

/**
 * An input record that could not become an indicator, kept so that nothing is lost.
 *
 * @param file     input file name (relative to the input folder)
 * @param line     1-based line, 0 when the whole file is rejected
 * @param raw      the raw text of the record (cut to a safe length)
 * @param reason   why, in Chinese
 * @param reasonEn why, in English
 */
public record Rejection(String file, long line, String raw, String reason, String reasonEn) {
}
