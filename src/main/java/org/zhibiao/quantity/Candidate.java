package org.zhibiao.quantity;

import java.math.BigDecimal;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Status;

/**
 * A quantity while it is being worked out: mutable on purpose, because the passes (scan, ranges, shared
 * units, kind, status, subject, 分别 lists) each fill in a part. Turned into an immutable {@link Mention} at
 * the end.
 */
final class Candidate {
    int start;                 // span start, including a qualifier word before the number
    int end;                   // span end, exclusive, including a qualifier word after the unit
    int numberStart;           // where the digits start
    int numberEnd;             // where the number (with its multiplier and unit) ends, before 以上/左右
    BigDecimal value;
    BigDecimal valueHigh;
    String multiplier = "";    // 万, 亿, 万亿… as written
    BigDecimal factor = BigDecimal.ONE;
    UnitCatalog.Unit unit;     // null while the number has no unit
    String denominator = "";   // 人 of 万元/人, written
    String denominatorBase = "";
    boolean chinese;
    boolean ratio;
    boolean rank;
    Qualifier qualifier = Qualifier.EXACT;
    Kind kind;
    Status status = Status.ACTUAL;
    /** True when the number's own clause or sentence said 预计/目标 (so a continuation does not override it). */
    boolean statusSaid;
    String subject = "";
    /** End of the subject taken from the words after the number, or -1. */
    int rightSubjectEnd = -1;
    /** True when that subject stopped at a verb (为36家中小微企业|解决贷款). */
    boolean rightSubjectStoppedAtVerb;
    /** The noun part of the subject (地区生产总值 of 地区生产总值比上年增长), passed on to later clauses. */
    String baseSubject = "";
    /** True when the subject came from an earlier quantity (a clause that only says 增长5.3%). */
    boolean subjectInherited;
    /** True when the subject is a measure that needs an owner (投资, 招生) and none stood before it. */
    boolean wantsOwner;
    /** True when a 下降/减少 made the value negative. */
    boolean negated;
    /** True once a 分别 list gave this candidate its subject. */
    boolean respectively;
    /** What the reader should know about how the figure was read (an implied unit), or "". */
    String note = "";
    /** {@link #note} in English. */
    String noteEn = "";

    /** How the figure was read, in Chinese and English. */
    void note(String chinese, String english) {
        note = chinese;
        noteEn = english;
    }

    boolean hasUnit() {
        return unit != null || ratio || rank;
    }

    String unitWritten() {
        if (ratio) {
            return "";
        }
        if (unit == null) {
            return multiplier;
        }
        String written = multiplier + unit.written();
        return denominator.isEmpty() ? written : written + "/" + denominator;
    }

    String baseUnit() {
        if (ratio) {
            return "";
        }
        if (rank) {
            return "位";
        }
        String base = unit == null ? "" : unit.base();
        return denominatorBase.isEmpty() ? base : base + "/" + denominatorBase;
    }

    BigDecimal normalize(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal scale = unit == null ? factor : factor.multiply(unit.factor());
        return v.multiply(scale).stripTrailingZeros();
    }

    Mention toMention(String text) {
        BigDecimal normalized = normalize(value);
        BigDecimal normalizedHigh = normalize(valueHigh);
        if (normalized != null && normalized.scale() < 0) {
            normalized = normalized.setScale(0);
        }
        if (normalizedHigh != null && normalizedHigh.scale() < 0) {
            normalizedHigh = normalizedHigh.setScale(0);
        }
        return new Mention(text.substring(start, end), start, end, value, valueHigh, unitWritten(), normalized,
                normalizedHigh, baseUnit(), qualifier, kind, status, subject, note, noteEn);
    }
}
