package org.zhibiao.job;

import java.util.List;
import java.util.function.UnaryOperator;
import org.zhibiao.classify.SectionClassifier;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.model.Indicator;

/**
 * Puts a CSV row on a taxonomy section: its 板块 when that names a section; otherwise the 板块 label is read
 * like a heading and the indicator's name like an indicator's words (财政收入 → 经济运行), else 未分类.
 */
final class CsvSections implements UnaryOperator<Indicator> {

    private final Taxonomy taxonomy;
    private final SectionClassifier classifier;

    CsvSections(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.classifier = new SectionClassifier(taxonomy);
    }

    @Override
    public Indicator apply(Indicator row) {
        String label = row.section() == null ? "" : row.section().strip();
        if (taxonomy.sections().contains(label)) {
            return row;
        }
        List<String> headings = label.isEmpty() ? List.of() : List.of(label);
        return row.withSection(classifier.sectionOf(headings, row.subject() == null ? "" : row.subject()));
    }
}
