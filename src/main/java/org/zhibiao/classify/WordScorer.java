package org.zhibiao.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a text against the words of each section: longer words are matched first and every character of the
 * text counts for at most one word (so 一般公共预算收入 is not also 收入); a section scores the number of characters
 * its words cover (旅游 three times is 6). Case-insensitive for Latin letters (GDP, gdp).
 */
final class WordScorer {

    private record Word(String text, String section) {
    }

    private final List<String> order;
    private final List<Word> words = new ArrayList<>();

    WordScorer(List<String> order, Map<String, Set<String>> wordsBySection) {
        this.order = List.copyOf(order);
        for (String section : order) {
            for (String w : wordsBySection.getOrDefault(section, Set.of())) {
                words.add(new Word(w.toLowerCase(java.util.Locale.ROOT), section));
            }
        }
        // Longest first; among equal lengths, the section listed first wins the characters.
        words.sort(Comparator.comparingInt((Word w) -> -w.text().length()));
    }

    Scores score(String text) {
        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, List<String>> matched = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return new Scores(points, matched);
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean[] taken = new boolean[lower.length()];
        Map<String, Integer> raw = new LinkedHashMap<>();
        for (Word word : words) {
            int from = 0;
            int covered = 0;
            while (true) {
                int at = lower.indexOf(word.text(), from);
                if (at < 0) {
                    break;
                }
                if (isFree(taken, at, word.text().length())) {
                    mark(taken, at, word.text().length());
                    covered += word.text().length();
                }
                from = at + 1;
            }
            if (covered > 0) {
                raw.merge(word.section(), covered, Integer::sum);
                matched.computeIfAbsent(word.section(), k -> new ArrayList<>()).add(word.text());
            }
        }
        for (String section : order) {
            if (raw.containsKey(section)) {
                points.put(section, raw.get(section));
            }
        }
        return new Scores(points, matched);
    }

    private static boolean isFree(boolean[] taken, int at, int length) {
        for (int i = at; i < at + length; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int at, int length) {
        for (int i = at; i < at + length; i++) {
            taken[i] = true;
        }
    }
}
