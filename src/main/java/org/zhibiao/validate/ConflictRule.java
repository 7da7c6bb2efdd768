package org.zhibiao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;

/**
 * Within one source of one file (the 摘要, the 正文, a CSV), rows with the same cleaned subject, region,
 * year, kind, status and base unit should carry one value. Several values are a WARNING listing each
 * with its line. Generic subjects (增长, 其中 …) are left out: they do not name one indicator.
 */
final class ConflictRule implements ValidationRule {

    static final String CONFLICT = "VALUE_CONFLICT";
    private static final Set<String> GENERIC = Set.of("增长", "同比增长", "比上年增长", "下降", "同比下降", "增速", "增幅",
            "总额", "总量", "合计", "总计", "其中", "共计", "累计", "达到", "完成", "实现", "新增");

    @Override
    public String name() {
        return "同一来源数值冲突";
    }

    @Override
    public List<Finding> check(List<Indicator> indicators, Subjects subjects) {
        Map<String, List<Indicator>> groups = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            String subject = subjects.key(i.subject());
            if (i.normalized() == null || subject.length() < 2 || GENERIC.contains(subject)) {
                continue;
            }
            String key = String.join("\u0000", Figures.nz(i.file()), String.valueOf(i.source()), Figures.nz(i.region()),
                    String.valueOf(i.year()), String.valueOf(i.kind()), String.valueOf(i.status()),
                    Figures.nz(i.baseUnit()), subject);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Indicator> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Map<BigDecimal, Indicator> byValue = new LinkedHashMap<>();
            for (Indicator i : group) {
                byValue.putIfAbsent(i.normalized().stripTrailingZeros(), i);
            }
            if (byValue.size() < 2) {
                continue;
            }
            List<String> shown = new ArrayList<>();
            for (Indicator i : byValue.values()) {
                shown.add(Figures.plain(i.value()) + Figures.nz(i.unit()) + "（第" + i.line() + "行）");
            }
            Indicator first = group.get(0);
            findings.add(new Finding(Severity.WARNING, CONFLICT,
                    Figures.nz(first.file()) + "的" + (first.source() == null ? "" : first.source().label()) + "中“"
                            + Figures.nz(first.subject()) + "”有" + byValue.size() + "个不同数值："
                            + String.join("、", shown),
                    group.stream().map(Indicator::id).toList()));
        }
        return findings;
    }
}
