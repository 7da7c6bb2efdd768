package org.zhibiao.job;

import java.util.function.UnaryOperator;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.model.Indicator;

/** Puts a CSV row on a taxonomy section: its 板块 when that names a section, else 未分类. */
final class CsvSections implements UnaryOperator<Indicator> {

    private final Taxonomy taxonomy;

    CsvSections(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public Indicator apply(Indicator row) {
        String section = row.section();
        if (section != null && taxonomy.sections().contains(section)) {
            return row;
        }
        return row.withSection(Taxonomy.UNCLASSIFIED);
    }
}
