package org.zhibiao.classify;

import java.util.List;
import java.util.Optional;

/**
 * Picks the section of an indicator:
 * <ol>
 *   <li>the headings above it, innermost first: the first heading that contains heading words decides; when it
 *       names several sections (九、教育和科学技术), the indicator's words choose among those, else the
 *       heading's best;</li>
 *   <li>no heading names a section (一、综合, 工作回顾, an opening paragraph): the indicator's own words decide,
 *       tried on its subject, then on the clause holding the number, then on the whole sentence;</li>
 *   <li>else 未分类.</li>
 * </ol>
 */
public final class SectionClassifier {

    private final Taxonomy taxonomy;

    public SectionClassifier(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * @param headingPath outermost first, as in {@code Sentence.headingPath()}
     * @param evidence    the indicator's own words, strongest first (subject, clause, sentence); nulls allowed
     */
    public String sectionOf(List<String> headingPath, String... evidence) {
        for (int i = headingPath.size() - 1; i >= 0; i--) {
            Scores heading = taxonomy.scoreHeading(headingPath.get(i));
            if (heading.isEmpty()) {
                continue;
            }
            if (heading.sections().size() > 1) {
                Optional<String> chosen = byWords(heading.sections(), evidence);
                if (chosen.isPresent()) {
                    return chosen.get();
                }
            }
            return heading.best().orElseThrow();
        }
        return byWords(taxonomy.sections(), evidence).orElse(Taxonomy.UNCLASSIFIED);
    }

    private Optional<String> byWords(List<String> allowed, String... evidence) {
        for (String words : evidence) {
            Scores scores = taxonomy.scoreIndicator(words).within(allowed);
            if (!scores.isEmpty()) {
                return scores.best();
            }
        }
        return Optional.empty();
    }
}
