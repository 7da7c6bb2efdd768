package org.zhibiao.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;

/**
 * The same figure twice from one place (same file, line, source, subject, value and unit) is an INFO:
 * usually an extractor or export artefact, harmless to totals only if the analyst knows.
 */
final class DuplicateRule implements ValidationRule {

    static final String DUPLICATE = "DUPLICATE";

    @Override
    public String name() {
        return "重复记录";
    }

    @Override
    public List<Finding> check(List<Indicator> indicators, Subjects subjects) {
        Map<String, List<Indicator>> groups = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            String key = String.join("\u0000", Figures.nz(i.file()), String.valueOf(i.line()),
                    String.valueOf(i.source()), Figures.nz(i.region()), String.valueOf(i.year()),
                    subjects.key(i.subject()), Figures.plain(i.value()), Figures.plain(i.valueHigh()),
                    Figures.nz(i.unit()));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Indicator> group : groups.values()) {
            if (group.size() > 1) {
                Indicator first = group.get(0);
                findings.add(new Finding(Severity.INFO, DUPLICATE,
                        "“" + Figures.describe(first) + "”在" + Figures.where(first) + "重复出现" + group.size() + "次",
                        group.stream().map(Indicator::id).toList()));
            }
        }
        return findings;
    }
}
