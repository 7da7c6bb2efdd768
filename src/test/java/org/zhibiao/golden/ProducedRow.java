package org.zhibiao.golden;

import java.math.BigDecimal;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Status;
import org.zhibiao.quantity.Mention;
import org.zhibiao.text.Sentence;

/** One indicator the extractor produced, reduced to what the golden lists judge. */
public record ProducedRow(int line, String text, BigDecimal normalized, String baseUnit, Qualifier qualifier,
        Kind kind, Status status, String subject, String section) {

    public static ProducedRow of(Indicator indicator) {
        return new ProducedRow(indicator.line(), String.valueOf(indicator.value()) + indicator.unit(),
                indicator.normalized(), indicator.baseUnit(), indicator.qualifier(), indicator.kind(),
                indicator.status(), indicator.subject(), indicator.section());
    }

    /** A mention knows no section; its line is the line where its sentence starts. */
    public static ProducedRow of(Sentence sentence, Mention mention) {
        return new ProducedRow(sentence.line(), mention.text(), mention.normalized(), mention.baseUnit(),
                mention.qualifier(), mention.kind(), mention.status(), mention.subject(), "");
    }

    public String describe() {
        return "L" + line + " " + text + " = " + (normalized == null ? "null" : normalized.toPlainString()) + " "
                + baseUnit + " " + qualifier + " " + kind + " " + status + " 「" + subject + "」"
                + (section == null || section.isEmpty() ? "" : " [" + section + "]");
    }
}
