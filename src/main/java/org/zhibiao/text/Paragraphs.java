package org.zhibiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph being built from one or more physical lines (a sentence broken by a page break or a line wrap is
 * joined back), remembering which original line each character came from, and split into sentences.
 */
final class Paragraphs {

    /** Sentence ends: the text is split after these (and after closing quotes that follow them). */
    private static final String SENTENCE_END = "。！？；!?;";
    /** A paragraph ending in one of these is complete; … and : count as complete for headings, not joins. */
    private static final String PARAGRAPH_END = "。！？；!?;…";
    private static final String CLOSERS = "”’」』）)】》\"'";
    /** A line ending in one of these cannot end a sentence: the next line continues it. */
    private static final String CONNECTORS = "的和与及或在对把将为了从向以被由于、，,：:“‘《（(—-";
    /** A line starting with one of these continues the sentence before it. */
    private static final String CONTINUATION_START = "，,。、；;：:）)”’》】！？!?%％";
    /** An open paragraph this long was cut by a page or line break rather than being a label. */
    static final int LONG_PARAGRAPH = 30;
    /** Closing quotes and brackets looked through at a paragraph end (bounded: the check stays constant-time). */
    private static final int MAX_CLOSERS = 8;

    private final StringBuilder text = new StringBuilder();
    private final List<int[]> segments = new ArrayList<>(); // {offset in text, original line}

    boolean isEmpty() {
        return text.length() == 0;
    }

    int firstLine() {
        return segments.isEmpty() ? 0 : segments.get(0)[1];
    }

    void append(String lineText, int line) {
        if (lineText.isEmpty()) {
            return;
        }
        if (text.length() > 0 && LineCleaner.isAsciiLetter(text.charAt(text.length() - 1))
                && LineCleaner.isAsciiLetter(lineText.charAt(0))) {
            text.append(' ');
        }
        segments.add(new int[] {text.length(), line});
        text.append(lineText);
    }

    /** True when the next text line continues this paragraph (see the class comment of ReportParser). */
    boolean joinsWith(String nextLine) {
        if (isEmpty() || isClosed(text)) {
            return false;
        }
        if (segments.size() == 1 && isDashLine() && !endsWithConnector(text)) {
            return startsMidSentence(nextLine);
        }
        return text.length() >= LONG_PARAGRAPH || segments.size() >= 2 || endsWithConnector(text)
                || startsMidSentence(nextLine);
    }

    /** ——2016年2月19日在…会议上: a subtitle line of the title block is complete as it stands. */
    private boolean isDashLine() {
        char first = text.charAt(0);
        return first == '—' || first == '-';
    }

    boolean endsWithLatinLetter() {
        return text.length() > 0 && LineCleaner.isAsciiLetter(text.charAt(text.length() - 1));
    }

    boolean isOpen() {
        return !isEmpty() && !isClosed(text);
    }

    /** The sentences, in order; the buffer is emptied. */
    List<Piece> drain() {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        int segment = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            i++;
            if (SENTENCE_END.indexOf(c) >= 0 || i == n) {
                while (i < n && CLOSERS.indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
                int from = start;
                while (from < i && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                String sentence = text.substring(from, i).trim();
                if (hasWordChar(sentence)) {
                    while (segment + 1 < segments.size() && segments.get(segment + 1)[0] <= from) {
                        segment++;
                    }
                    pieces.add(new Piece(segments.get(segment)[1], sentence));
                }
                start = i;
            }
        }
        text.setLength(0);
        segments.clear();
        return pieces;
    }

    /** One sentence of the paragraph and the original line it starts on. */
    record Piece(int line, String text) {
    }

    static boolean isClosed(CharSequence s) {
        int end = s.length();
        int stop = Math.max(0, end - MAX_CLOSERS);
        while (end > stop && CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && PARAGRAPH_END.indexOf(s.charAt(end - 1)) >= 0;
    }

    static boolean endsWithConnector(CharSequence s) {
        return s.length() > 0 && CONNECTORS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    static boolean startsMidSentence(String line) {
        return !line.isEmpty() && CONTINUATION_START.indexOf(line.charAt(0)) >= 0;
    }

    static boolean hasWordChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (LineCleaner.isWordChar(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
