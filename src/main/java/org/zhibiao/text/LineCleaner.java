package org.zhibiao.text;

/**
 * Cleans one physical line: indentation (also full-width U+3000), emphasis markers, footnote markers stuck to
 * values, spaced-out letters. Never throws; linear in the line length.
 */
final class LineCleaner {

    private LineCleaner() {
    }

    static String clean(String raw) {
        String s = normalizeChars(removeHtml(raw));
        s = removeEmphasis(s);
        s = removeFootnoteMarkers(s);
        return collapseSpaces(s);
    }

    /** Left-overs of a scraped page: tags (<br>, <span …>) and the common entities (&nbsp; &amp; …). */
    static String removeHtml(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                int close = tagEnd(s, i);
                if (close > 0) {
                    i = close + 1; // Chinese text runs on across a tag
                    continue;
                }
            }
            if (c == '&') {
                String entity = entityAt(s, i);
                if (entity != null) {
                    out.append(ENTITY_VALUES[indexOfEntity(entity)]);
                    i += entity.length();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static final String[] ENTITIES = {"&nbsp;", "&amp;", "&lt;", "&gt;", "&quot;", "&#12288;", "&ensp;",
        "&emsp;", "&ldquo;", "&rdquo;", "&mdash;", "&hellip;"};
    private static final String[] ENTITY_VALUES = {" ", "&", "<", ">", "\"", " ", " ", " ", "“", "”", "—", "…"};

    private static String entityAt(String s, int i) {
        for (String e : ENTITIES) {
            if (s.startsWith(e, i)) {
                return e;
            }
        }
        return null;
    }

    private static int indexOfEntity(String entity) {
        for (int k = 0; k < ENTITIES.length; k++) {
            if (ENTITIES[k].equals(entity)) {
                return k;
            }
        }
        return 0;
    }

    /** End of a tag starting at {@code i} (a letter or / after <, no < inside, at most 200 characters), else -1. */
    private static int tagEnd(String s, int i) {
        int first = i + 1;
        if (first >= s.length()) {
            return -1;
        }
        char c = s.charAt(first);
        if (c == '/') {
            first++;
            if (first >= s.length()) {
                return -1;
            }
            c = s.charAt(first);
        }
        if (!isAsciiLetter(c)) {
            return -1;
        }
        for (int j = first + 1; j < s.length() && j <= i + 200; j++) {
            char d = s.charAt(j);
            if (d == '>') {
                return j;
            }
            if (d == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** Odd spaces become plain spaces, invisible characters go, full-width digits become ASCII digits. */
    private static String normalizeChars(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060') {
                continue;
            }
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
                continue;
            }
            if (c == '．' && i > 0 && i + 1 < raw.length() && isDigitLike(raw.charAt(i - 1))
                    && isDigitLike(raw.charAt(i + 1))) {
                out.append('.');
                continue;
            }
            if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\u2002' || c == '\u2003' || c == '\u2009'
                    || c == '\f' || c == '\u000B') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Markdown emphasis (** and __) carries no meaning in the text; the highlight detector reads it first. */
    static String removeEmphasis(String s) {
        if (s.indexOf("**") < 0 && s.indexOf("__") < 0) {
            return s;
        }
        return s.replace("**", "").replace("__", "");
    }

    /** [2] or ［2］ (one or two digits) is a footnote reference, never part of a value. */
    static String removeFootnoteMarkers(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[' || c == '［') {
                char close = c == '[' ? ']' : '］';
                int j = i + 1;
                while (j < s.length() && j - i <= 2 && isAsciiDigit(s.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < s.length() && s.charAt(j) == close) {
                    i = j + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * Trims and collapses runs of spaces. A space is dropped between two CJK characters when one of them stands
     * alone (政 府 工 作 报 告, 一、综    合), between CJK and a digit (孵化器 3 家), next to full-width punctuation, and
     * between single Latin letters (G D P). Other spaces (两个短语之间) are kept as one.
     */
    static String collapseSpaces(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ') {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && s.charAt(j) == ' ') {
                j++;
            }
            if (i > 0 && j < n && out.length() > 0) {
                char a = s.charAt(i - 1);
                char b = s.charAt(j);
                boolean aloneBefore = i - 2 < 0 || !isWordChar(s.charAt(i - 2));
                boolean aloneAfter = j + 1 >= n || !isWordChar(s.charAt(j + 1));
                if (!dropSpace(a, b, aloneBefore, aloneAfter)) {
                    out.append(' ');
                }
            }
            i = j;
        }
        return out.toString();
    }

    private static boolean dropSpace(char a, char b, boolean aloneBefore, boolean aloneAfter) {
        if (isCjk(a) && isCjk(b)) {
            return aloneBefore || aloneAfter;
        }
        if ((isCjk(a) && isAsciiDigit(b)) || (isAsciiDigit(a) && isCjk(b))) {
            return true;
        }
        if (isFullWidthPunct(a) || isFullWidthPunct(b)) {
            return true;
        }
        return isAsciiLetter(a) && isAsciiLetter(b) && aloneBefore && aloneAfter;
    }

    private static boolean isDigitLike(char c) {
        return isAsciiDigit(c) || (c >= '０' && c <= '９');
    }

    static boolean isCjk(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '〇';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWordChar(char c) {
        return isCjk(c) || isAsciiDigit(c) || isAsciiLetter(c);
    }

    /** CJK symbols and full-width forms (，。：（）“” and the like). */
    static boolean isFullWidthPunct(char c) {
        return (c >= '\u3001' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
                || (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF65')
                || (c >= '\u2018' && c <= '\u201F') || c == '\u2014' || c == '\u2026';
    }
}
