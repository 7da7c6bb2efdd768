package org.zhibiao.quantity;

import java.math.BigDecimal;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Status;

/**
 * A quantity found in a sentence.
 *
 * @param text           the span as written
 * @param start          offset of the span in the sentence
 * @param end            end offset, exclusive
 * @param value          number as written (4.1 of 4.1万名); low end of a range
 * @param valueHigh      high end of a range, else null
 * @param unit           unit as written (万名); may be empty
 * @param normalized     value in base unit (41000)
 * @param normalizedHigh high end in base unit, else null
 * @param baseUnit       base unit (人)
 * @param subject        the short phrase the number measures
 * @param note           how the figure was read when that is not evident (an implied unit), else ""
 * @param noteEn         {@code note} in English, else ""
 */
public record Mention(
        String text,
        int start,
        int end,
        BigDecimal value,
        BigDecimal valueHigh,
        String unit,
        BigDecimal normalized,
        BigDecimal normalizedHigh,
        String baseUnit,
        Qualifier qualifier,
        Kind kind,
        Status status,
        String subject,
        String note,
        String noteEn) {

    /** A mention with a Chinese note only. */
    public Mention(String text, int start, int end, BigDecimal value, BigDecimal valueHigh, String unit,
            BigDecimal normalized, BigDecimal normalizedHigh, String baseUnit, Qualifier qualifier, Kind kind,
            Status status, String subject, String note) {
        this(text, start, end, value, valueHigh, unit, normalized, normalizedHigh, baseUnit, qualifier, kind, status,
                subject, note, "");
    }

    /** A mention without a note. */
    public Mention(String text, int start, int end, BigDecimal value, BigDecimal valueHigh, String unit,
            BigDecimal normalized, BigDecimal normalizedHigh, String baseUnit, Qualifier qualifier, Kind kind,
            Status status, String subject) {
        this(text, start, end, value, valueHigh, unit, normalized, normalizedHigh, baseUnit, qualifier, kind, status,
                subject, "");
    }
}
