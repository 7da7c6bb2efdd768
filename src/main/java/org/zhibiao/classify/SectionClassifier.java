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

    private static final int MEMO_MIN_LENGTH = 40;

    private final Taxonomy taxonomy;
    /** Not thread-safe on purpose: one classifier per assembler, one assembler per partition. */
    private String lastWords;
    private Scores lastScores;

    public SectionClassifier(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * Every mention of a sentence offers the same sentence as evidence; scoring it once instead of once per
     * mention keeps a long sentence (many numbers, many characters) linear instead of quadratic.
     */
    private Scores indicatorScores(String words) {
        if (words == null) {
            return taxonomy.scoreIndicator(null);
        }
        if (words.equals(lastWords)) {
            return lastScores;
        }
        Scores scores = taxonomy.scoreIndicator(words);
        if (words.length() > MEMO_MIN_LENGTH) {
            lastWords = words;
            lastScores = scores;
        }
        return scores;
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
            Scores scores = indicatorScores(words).within(allowed);
            if (!scores.isEmpty()) {
                return scores.best();
            }
        }
        return Optional.empty();
    }
}
