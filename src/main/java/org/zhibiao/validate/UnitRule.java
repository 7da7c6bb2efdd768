package org.zhibiao.validate;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Severity;

/**
 * A figure without a unit cannot be compared or summed: WARNING. A unit no table knows (kind OTHER)
 * is an INFO so the analyst can check it. Ratios (11.1:36.3:52.6) and ranks need no unit.
 */
final class UnitRule implements ValidationRule {

    static final String MISSING = "UNIT_MISSING";
    static final String UNKNOWN = "UNIT_UNKNOWN";

    @Override
    public String name() {
        return "单位";
    }

    @Override
    public List<Finding> check(List<Indicator> indicators, Subjects subjects) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator i : indicators) {
            if (i.kind() == Kind.RATIO || i.kind() == Kind.RANK || i.kind() == Kind.INDEX) { // no unit by nature
                continue;
            }
            String where = "（" + Figures.where(i) + "）";
            if (Figures.nz(i.unit()).isBlank()) {
                findings.add(new Finding(Severity.WARNING, MISSING, "“" + Figures.describe(i) + "”缺少单位" + where,
                        List.of(i.id())));
            } else if (i.kind() == null || i.kind() == Kind.OTHER || Figures.nz(i.baseUnit()).isBlank()) {
                findings.add(new Finding(Severity.INFO, UNKNOWN, "“" + Figures.describe(i) + "”的单位“" + i.unit()
                        + "”未能识别" + where, List.of(i.id())));
            }
        }
        return findings;
    }
}
