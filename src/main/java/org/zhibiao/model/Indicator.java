package org.zhibiao.model;

import java.math.BigDecimal;

/**
 * One row of a section sheet: a measured quantity with where it came from.
 *
 * @param id         staging id, 0 until stored; findings point at rows by this id
 * @param section    the report section (a taxonomy name such as 产业基础, or 未分类)
 * @param subject    the indicator: the short phrase the number measures (实际使用外资)
 * @param value      the number as written (4.1 for 4.1万名)
 * @param valueHigh  upper end of a range, else null
 * @param unit       the unit as written (万名)
 * @param normalized value in the base unit (41000)
 * @param baseUnit   the base unit (人)
 * @param sentence   the source sentence (原文) or, for CSV, the raw row
 * @param line       1-based line in {@code file}
 * @param check      validation outcome; PASS until validated
 * @param note       validation reason in Chinese, empty when none
 * @param period     the period the figure belongs to ({@code 2025}, {@code 2025H1}, {@code 2025Q1},
 *                   {@code 2025M1-10}, {@code 2021-2025}); null when unknown. {@code year} is its last year
 * @param code       the catalogue code of the indicator, null when the subject maps to no catalogue entry
 * @param standardName the catalogue's standard name (标准指标), null when unmapped
 * @param measure    what the figure says of its indicator (level, growth, share …); null when unknown
 * @param factId     the fact this mention states (事实): equal for mentions of one region × period ×
 *                   indicator × measure; null until facts are resolved
 * @param noteEn     {@code note} in English for {@code --locale=en}, empty when none
 */
public record Indicator(
        long id,
        String region,
        Integer year,
        String section,
        String subject,
        BigDecimal value,
        BigDecimal valueHigh,
        String unit,
        BigDecimal normalized,
        String baseUnit,
        Kind kind,
        Qualifier qualifier,
        Status status,
        Source source,
        String sentence,
        String file,
        int line,
        Severity check,
        String note,
        String period,
        String code,
        String standardName,
        Measure measure,
        String factId,
        String noteEn) {

    /** A row with its Chinese note only (its English note empty). */
    public Indicator(long id, String region, Integer year, String section, String subject, BigDecimal value,
            BigDecimal valueHigh, String unit, BigDecimal normalized, String baseUnit, Kind kind,
            Qualifier qualifier, Status status, Source source, String sentence, String file, int line,
            Severity check, String note, String period, String code, String standardName, Measure measure,
            String factId) {
        this(id, region, year, section, subject, value, valueHigh, unit, normalized, baseUnit, kind, qualifier,
                status, source, sentence, file, line, check, note, period, code, standardName, measure, factId, "");
    }

    /** A mention before region, period, catalogue and fact are resolved. */
    public Indicator(long id, String region, Integer year, String section, String subject, BigDecimal value,
            BigDecimal valueHigh, String unit, BigDecimal normalized, String baseUnit, Kind kind,
            Qualifier qualifier, Status status, Source source, String sentence, String file, int line,
            Severity check, String note) {
        this(id, region, year, section, subject, value, valueHigh, unit, normalized, baseUnit, kind, qualifier,
                status, source, sentence, file, line, check, note, null, null, null, null, null);
    }

    public Indicator withId(long newId) {
        return new Indicator(newId, region, year, section, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, check, note,
                period, code, standardName, measure, factId, noteEn);
    }

    /** The check and its note in Chinese and English. */
    public Indicator withCheck(Severity newCheck, String newNote, String newNoteEn) {
        return new Indicator(id, region, year, section, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, newCheck, newNote,
                period, code, standardName, measure, factId, newNoteEn);
    }

    /** The check with a Chinese note only: the English note is emptied, so it never tells of another check. */
    public Indicator withCheck(Severity newCheck, String newNote) {
        return withCheck(newCheck, newNote, "");
    }

    public Indicator withPlace(String newRegion, Integer newYear) {
        return new Indicator(id, newRegion, newYear, section, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, check, note,
                period, code, standardName, measure, factId, noteEn);
    }

    public Indicator withSection(String newSection) {
        return new Indicator(id, region, year, newSection, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, check, note,
                period, code, standardName, measure, factId, noteEn);
    }

    /** The period and, from it, the year ({@code 2021-2025} has year 2025). */
    public Indicator withPeriod(String newPeriod, Integer newYear) {
        return new Indicator(id, region, newYear, section, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, check, note, newPeriod, code,
                standardName, measure, factId, noteEn);
    }

    public Indicator withSubject(String newSubject) {
        return new Indicator(id, region, year, section, newSubject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, check, note, period, code,
                standardName, measure, factId, noteEn);
    }

    /** The catalogue entry the subject maps to (all null: unmapped) and the measure. */
    public Indicator withCatalogue(String newCode, String newStandardName, Measure newMeasure) {
        return new Indicator(id, region, year, section, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, check, note, period, newCode,
                newStandardName, newMeasure, factId, noteEn);
    }

    public Indicator withFact(String newFactId) {
        return new Indicator(id, region, year, section, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, check, note, period, code,
                standardName, measure, newFactId, noteEn);
    }
}
