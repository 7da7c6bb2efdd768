package org.zhibiao.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section scores of one text, in taxonomy order, with the words that matched (so a choice can be explained).
 * Only sections with a positive score are present.
 */
public final class Scores {

    private final Map<String, Integer> points;
    private final Map<String, List<String>> words;

    Scores(Map<String, Integer> points, Map<String, List<String>> words) {
        this.points = points;
        this.words = words;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** Sections that scored, in taxonomy order. */
    public List<String> sections() {
        return List.copyOf(points.keySet());
    }

    public int score(String section) {
        return points.getOrDefault(section, 0);
    }

    public List<String> matchedWords(String section) {
        return words.getOrDefault(section, List.of());
    }

    /** The highest score; ties go to the section listed first in the taxonomy. */
    public Optional<String> best() {
        String best = null;
        for (Map.Entry<String, Integer> e : points.entrySet()) {
            if (best == null || e.getValue() > points.get(best)) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** These scores restricted to the given sections. */
    public Scores within(List<String> allowed) {
        Map<String, Integer> p = new LinkedHashMap<>();
        Map<String, List<String>> w = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : points.entrySet()) {
            if (allowed.contains(e.getKey())) {
                p.put(e.getKey(), e.getValue());
                w.put(e.getKey(), new ArrayList<>(matchedWords(e.getKey())));
            }
        }
        return new Scores(p, w);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (String section : points.keySet()) {
            s.append(section).append('=').append(points.get(section)).append(matchedWords(section)).append(' ');
        }
        return s.toString().trim();
    }
}
