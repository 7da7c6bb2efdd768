package org.zhibiao.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;

/**
 * Checks indicators within and across sources. Indicators must carry staging ids; findings point at
 * them. A finding never fails a run, and a rule that breaks becomes a finding too. Rules: see
 * docs/validation.md. Use {@link #rowChecks} or {@link #annotate} to fill the 校验/说明 columns.
 */
public final class Validator {

    static final String RULE_FAILED = "RULE_FAILED";
    private static final int MAX_NOTE_CHARS = 1000;

    private final List<ValidationRule> rules;

    public Validator() {
        this(List.of(new SummaryBodyRule(), new CsvTextRule(), new ConflictRule(), new DuplicateRule(),
                new PlausibilityRule(), new UnitRule(), new RegionPeriodRule()));
    }

    /** The rules that look at one file at a time; a run can apply them file by file, in bounded memory. */
    public static Validator withinFile() {
        return new Validator(List.of(new SummaryBodyRule(), new ConflictRule(), new DuplicateRule(),
                new PlausibilityRule(), new UnitRule(), new RegionPeriodRule()));
    }

    /** The rules that compare sources (CSV with text): give them the CSV rows and any batch of text rows. */
    public static Validator acrossSources() {
        return new Validator(List.of(new CsvTextRule()));
    }

    public Validator(List<ValidationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All findings, worst first (stable within a severity: rule order, then row order). */
    public List<Finding> validate(List<Indicator> indicators) {
        List<Indicator> rows = indicators == null ? List.of()
                : indicators.stream().filter(Objects::nonNull).toList();
        Subjects subjects = new Subjects();
        List<Finding> findings = new ArrayList<>();
        for (ValidationRule rule : rules) {
            try {
                findings.addAll(rule.check(rows, subjects));
            } catch (RuntimeException e) {
                findings.add(new Finding(Severity.WARNING, RULE_FAILED,
                        "校验规则“" + rule.name() + "”执行出错，已跳过：" + e, List.of()));
            }
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed());
        return findings;
    }

    /** Worst severity and note per indicator id; ids without findings are absent (they pass). */
    public static Map<Long, RowCheck> rowChecks(List<Finding> findings) {
        Map<Long, List<Finding>> byId = new LinkedHashMap<>();
        for (Finding f : findings) {
            for (Long id : new LinkedHashSet<>(f.indicatorIds())) {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
            }
        }
        Map<Long, RowCheck> result = new HashMap<>();
        byId.forEach((id, list) -> {
            list.sort(Comparator.comparing(Finding::severity).reversed());
            String note = String.join("；", list.stream().map(Finding::message).distinct().toList());
            String noteEn = String.join("; ", list.stream()
                    .map(f -> FindingsInEnglish.message(f.rule(), f.message())).distinct().toList());
            result.put(id, new RowCheck(list.get(0).severity(), capped(note), capped(noteEn)));
        });
        return result;
    }

    private static String capped(String note) {
        return note.length() > MAX_NOTE_CHARS ? note.substring(0, MAX_NOTE_CHARS - 1) + "…" : note;
    }

    /**
     * The indicators with 校验/说明 set from the findings (PASS where none). A note the row already carries says how
     * its figure was read (an implied unit, a rank's scope); it stays, ahead of the findings' messages.
     */
    public static List<Indicator> annotate(List<Indicator> indicators, List<Finding> findings) {
        Map<Long, RowCheck> checks = rowChecks(findings);
        return indicators.stream().map(i -> {
            RowCheck c = checks.getOrDefault(i.id(), RowCheck.PASS);
            return i.withCheck(c.severity(), joined(i.note(), c.note(), "；"), joined(i.noteEn(), c.noteEn(), "; "));
        }).toList();
    }

    private static String joined(String first, String second, String separator) {
        if (first == null || first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + separator + second;
    }
}
