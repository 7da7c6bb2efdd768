package org.zhibiao.validate;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;

/**
 * A figure whose region or period could not be found cannot be placed in a panel or compared across documents:
 * WARNING, one per row, with the advice that fixes it (the file's region and year given with --file-facts).
 */
final class RegionPeriodRule implements ValidationRule {

    static final String REGION_MISSING = "REGION_MISSING";
    static final String PERIOD_MISSING = "PERIOD_MISSING";

    @Override
    public String name() {
        return "地区和期间";
    }

    @Override
    public List<Finding> check(List<Indicator> indicators, Subjects subjects) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator i : indicators) {
            String figure = "“" + Figures.describe(i) + "”";
            String where = "（" + Figures.where(i) + "）";
            String fix = "：文件未写明时，用 --file-facts 给出该文件的地区和年份";
            if (Figures.nz(i.region()).isBlank()) {
                findings.add(new Finding(Severity.WARNING, REGION_MISSING, figure + "未能确定地区" + where + fix,
                        List.of(i.id())));
            }
            // a row with a year and no period (made before periods existed) has that year's period
            if (Figures.nz(i.period()).isBlank() && i.year() == null) {
                findings.add(new Finding(Severity.WARNING, PERIOD_MISSING, figure + "未能确定期间" + where + fix,
                        List.of(i.id())));
            }
        }
        return findings;
    }
}
