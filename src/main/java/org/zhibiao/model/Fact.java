package org.zhibiao.model;

import java.math.BigDecimal;

/**
 * One fact of a run: region × period × indicator × measure (× target or not), with the mentions that state it.
 * Descriptive fields come from its first mention (lowest staging id).
 *
 * @param id           the fact id (事实) its mentions share
 * @param period       the period, or the year when no period is known; "" when neither
 * @param code         catalogue code, null when unmapped
 * @param standardName catalogue standard name, null when unmapped
 * @param subject      指标 of the first mention
 * @param value        the first mention's normalized value, in {@code baseUnit}
 * @param mentions     rows that state it
 * @param sources      distinct sources among them (摘要, 正文, CSV)
 * @param firstId      staging id of the first mention (the panel links to its row)
 * @param low          the smallest normalized value among its mentions
 * @param high         the largest
 * @param disagrees    its mentions' values disagree (a FACT_MISMATCH finding names them)
 */
public record Fact(String id, String region, String period, String code, String standardName, String subject,
        Measure measure, BigDecimal value, String baseUnit, Status status, long mentions, int sources, long firstId,
        String firstFile, int firstLine, BigDecimal low, BigDecimal high, boolean disagrees) {

    /** What the panel and filters call the indicator: the standard name when mapped, else 指标. */
    public String indicatorName() {
        return standardName != null ? standardName : subject == null ? "" : subject;
    }

    public Fact withDisagreement(boolean newDisagrees) {
        return new Fact(id, region, period, code, standardName, subject, measure, value, baseUnit, status, mentions,
                sources, firstId, firstFile, firstLine, low, high, newDisagrees);
    }
}
