package org.zhibiao.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhibiao.model.Indicator;

/**
 * Turns a file's mentions into statements of facts: each row's subject is mapped onto the indicator catalogue
 * (标准指标, 指标代码, measure) and given the id of the fact it states (region × period × indicator × measure).
 * Runs after region, period and file facts are settled, on report and CSV rows alike. A mapped row moves to the
 * catalogue entry's section when the run's taxonomy has it (a replaced taxonomy may not).
 */
public final class FactResolver {

    private final CatalogueMatcher matcher;
    private final List<String> sections;

    public FactResolver(Catalogue catalogue, List<String> sections) {
        this.matcher = new CatalogueMatcher(catalogue);
        this.sections = List.copyOf(sections);
    }

    /** With the built-in catalogue and taxonomy. */
    public static FactResolver defaults() {
        return new FactResolver(Catalogue.defaults(), Taxonomy.defaults().sections());
    }

    /** The rows, in the same order, with catalogue entry, measure and fact id filled where they are known. */
    public List<Indicator> resolve(List<Indicator> rows) {
        List<Indicator> resolved = new ArrayList<>(rows.size());
        for (Indicator row : rows) {
            resolved.add(resolve(row));
        }
        return resolved;
    }

    public Indicator resolve(Indicator row) {
        Optional<CatalogueMatcher.Match> match = matcher.match(row.subject(), row.kind());
        Indicator mapped;
        if (match.isPresent()) {
            Catalogue.Entry entry = match.get().entry();
            mapped = row.withCatalogue(entry.code(), entry.name(), match.get().measure());
            if (sections.contains(entry.section())) {
                mapped = mapped.withSection(entry.section());
            }
        } else {
            mapped = row.withCatalogue(null, null, CatalogueMatcher.unmappedMeasure(row.subject(), row.kind()));
        }
        return mapped.withFact(FactIds.of(mapped));
    }
}
