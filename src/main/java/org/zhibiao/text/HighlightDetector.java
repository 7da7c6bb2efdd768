package org.zhibiao.text;

/**
 * Finds highlight boxes (摘要): parts of a markdown report whose numbers are mostly bold, like the newspaper box
 * before the article in the sample. Parts are cut at the markdown headings of the outermost level used in the
 * file (the sample: its two # headings); a file without markdown headings is one part. A part is a highlight box
 * when at least half of its numbers, and at least {@value #MIN_BOLD_NUMBERS}, are inside ** ** or __ __.
 */
final class HighlightDetector {

    static final int MIN_BOLD_NUMBERS = 2;

    private HighlightDetector() {
    }

    /** @param lines raw lines; returns, per line index, whether the line stands in a highlight box */
    static boolean[] highlightLines(String[] lines) {
        int outermost = 7;
        for (String line : lines) {
            int level = markdownLevel(line);
            if (level > 0 && level < outermost) {
                outermost = level;
            }
        }
        boolean[] result = new boolean[lines.length];
        int partStart = 0;
        int bold = 0;
        int total = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean boundary = i == lines.length || (i > partStart && markdownLevel(lines[i]) == outermost);
            if (boundary) {
                boolean box = bold >= MIN_BOLD_NUMBERS && bold * 2 >= total;
                for (int k = partStart; k < i; k++) {
                    result[k] = box;
                }
                partStart = i;
                bold = 0;
                total = 0;
            }
            if (i < lines.length && markdownLevel(lines[i]) == 0) {
                int[] counts = countNumbers(lines[i]);
                bold += counts[0];
                total += counts[1];
            }
        }
        return result;
    }

    /** {bold numbers, all numbers} of one line; a number is a run of digits (with . inside). */
    static int[] countNumbers(String line) {
        boolean inBold = false;
        int bold = 0;
        int total = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if ((c == '*' || c == '_') && i + 1 < n && line.charAt(i + 1) == c) {
                inBold = !inBold;
                i += 2;
                continue;
            }
            if (LineCleaner.isAsciiDigit(c)) {
                total++;
                if (inBold) {
                    bold++;
                }
                while (i < n && (LineCleaner.isAsciiDigit(line.charAt(i)) || line.charAt(i) == '.')) {
                    i++;
                }
                continue;
            }
            i++;
        }
        return new int[] {bold, total};
    }

    static int markdownLevel(String line) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\u3000')) {
            start++;
        }
        int hashes = 0;
        while (start + hashes < line.length() && line.charAt(start + hashes) == '#') {
            hashes++;
        }
        if (hashes == 0 || hashes > 6) {
            return 0;
        }
        int after = start + hashes;
        return after < line.length() && line.substring(after).trim().length() > 0 ? hashes : 0;
    }
}
