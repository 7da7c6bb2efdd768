package org.zhibiao.job;

import java.util.List;
import java.util.function.ToIntFunction;
import org.zhibiao.classify.Taxonomy;

/** Position of a section in taxonomy order; unknown names sort with 未分类, last. */
final class SectionOrder implements ToIntFunction<String> {

    private final List<String> sections;

    SectionOrder(List<String> sections) {
        this.sections = List.copyOf(sections);
    }

    @Override
    public int applyAsInt(String section) {
        int index = sections.indexOf(section);
        return index >= 0 ? index : sections.indexOf(Taxonomy.UNCLASSIFIED) >= 0
                ? sections.indexOf(Taxonomy.UNCLASSIFIED) : sections.size();
    }
}
