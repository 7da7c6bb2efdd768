package org.zhibiao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Severity;

/**
 * Values that cannot be right as stated: a share (PERCENT) over 100% unless the subject is a completion,
 * growth or comparison (完成率 102% is fine; judged on the subject, on the sentence only when the subject
 * is empty); a completion rate over 1000%; a growth rate below -100%
 * (nothing shrinks by more than all of it); a fractional count of units with no multiplier (3.5个).
 */
final class PlausibilityRule implements ValidationRule {

    static final String PERCENT_OVER_100 = "PERCENT_OVER_100";
    static final String COMPLETION_OVER_1000 = "COMPLETION_RATE_OVER_1000";
    static final String GROWTH_BELOW_MINUS_100 = "GROWTH_BELOW_MINUS_100";
    static final String FRACTIONAL_COUNT = "FRACTIONAL_COUNT";

    private static final Pattern RATIO_LIKE = Pattern.compile("完成|增长|增速|增幅|提高|比上年|同比|为上年|相当于|比率|比值|指数|倍|达到.*的");
    private static final Pattern COMPLETION = Pattern.compile("完成");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Override
    public String name() {
        return "数值合理性";
    }

    @Override
    public List<Finding> check(List<Indicator> indicators, Subjects subjects) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator i : indicators) {
            if (i.normalized() == null || i.kind() == null) {
                continue;
            }
            BigDecimal v = i.normalized();
            String words = Figures.nz(i.subject()).isBlank() ? Figures.nz(i.sentence()) : i.subject();
            if (i.kind() == Kind.PERCENT && "%".equals(i.baseUnit()) && v.compareTo(HUNDRED) > 0) {
                if (COMPLETION.matcher(words).find()) {
                    if (v.compareTo(THOUSAND) > 0) {
                        findings.add(finding(Severity.WARNING, COMPLETION_OVER_1000, i, "完成率超过1000%，请核对"));
                    }
                } else if (!RATIO_LIKE.matcher(words).find()) {
                    findings.add(finding(Severity.WARNING, PERCENT_OVER_100, i, "占比超过100%，请核对"));
                }
            } else if (i.kind() == Kind.GROWTH_RATE && v.compareTo(HUNDRED.negate()) < 0) {
                findings.add(finding(Severity.ERROR, GROWTH_BELOW_MINUS_100, i, "降幅超过100%，不可能"));
            } else if ((i.kind() == Kind.COUNT || i.kind() == Kind.PEOPLE) && hasFraction(v)) {
                findings.add(finding(Severity.WARNING, FRACTIONAL_COUNT, i, "个数不应有小数"));
            }
        }
        return findings;
    }

    private static boolean hasFraction(BigDecimal v) {
        return v.stripTrailingZeros().scale() > 0;
    }

    private static Finding finding(Severity severity, String rule, Indicator i, String why) {
        return new Finding(severity, rule, "“" + Figures.describe(i) + "”" + why + "（" + Figures.where(i) + "）",
                List.of(i.id()));
    }
}
