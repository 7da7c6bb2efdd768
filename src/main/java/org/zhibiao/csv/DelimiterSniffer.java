package org.zhibiao.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the delimiter (comma, tab or semicolon) that splits the first lines most consistently: the one
 * whose most common per-line count is positive on the most lines. Ties go to the comma, so the NBS
 * "\t," style (a tab before every comma) reads as comma-separated cells with the tab trimmed off.
 */
final class DelimiterSniffer {

    private static final char[] CANDIDATES = {',', '\t', ';'};
    private static final int SAMPLE_LINES = 40;

    private DelimiterSniffer() {
    }

    static char sniff(String text) {
        List<String> lines = RecordCursor.splitLines(text.length() > 65536 ? text.substring(0, 65536) : text);
        if (!lines.isEmpty() && lines.get(0).matches("(?i) *sep=[,;\t] *")) {
            return lines.get(0).charAt(lines.get(0).indexOf('=') + 1); // Excel's own hint line
        }
        List<String> sample = lines.subList(0, Math.min(SAMPLE_LINES, lines.size()));
        char best = ',';
        long bestScore = 0;
        for (char candidate : CANDIDATES) {
            long score = consistency(sample, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static long consistency(List<String> sample, char delimiter) {
        Map<Integer, Integer> linesPerCount = new HashMap<>();
        for (String line : sample) {
            int count = (int) line.chars().filter(c -> c == delimiter).count();
            if (count > 0) {
                linesPerCount.merge(count, 1, Integer::sum);
            }
        }
        return linesPerCount.values().stream().mapToLong(Integer::longValue).max().orElse(0);
    }
}
