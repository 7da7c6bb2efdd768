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
        String note) {

    public Indicator withId(long newId) {
        return new Indicator(newId, region, year, section, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, check, note);
    }

    public Indicator withCheck(Severity newCheck, String newNote) {
        return new Indicator(id, region, year, section, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, newCheck, newNote);
    }

    public Indicator withPlace(String newRegion, Integer newYear) {
        return new Indicator(id, newRegion, newYear, section, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, check, note);
    }

    public Indicator withSection(String newSection) {
        return new Indicator(id, region, year, newSection, subject, value, valueHigh, unit, normalized,
                baseUnit, kind, qualifier, status, source, sentence, file, line, check, note);
    }
}
