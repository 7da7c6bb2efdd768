package org.zhibiao.text;

import java.util.List;

/**
 * A sentence of a report, cleaned, with where it stands.
 *
 * @param file        input file name
 * @param line        1-based line in the file where the sentence starts
 * @param text        the cleaned sentence (markers such as ** removed)
 * @param headingPath the headings above it, outermost first
 * @param summary     true when it stands in a highlight box (摘要), false in the body (正文)
 */
public record Sentence(String file, int line, String text, List<String> headingPath, boolean summary) {
    public Sentence {
        headingPath = List.copyOf(headingPath);
    }
}
