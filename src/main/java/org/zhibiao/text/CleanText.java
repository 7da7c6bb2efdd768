package org.zhibiao.text;

/**
 * The one place where text is made safe for where it goes next, whatever its origin (a report line, a CSV cell, a
 * rejected line's raw text, a file name, an option file): PostgreSQL refuses NUL in text columns, and XML (the
 * workbook's sheets) has no way to write NUL, the other C0 controls, U+FFFE, U+FFFF or a lone surrogate; one such
 * character made a run fail at every retry or a workbook that Excel and LibreOffice refuse.
 *
 * <p>Each such character becomes U+FFFD, so the reader of 拒绝记录 still sees that something stood there. Tab,
 * line feed and carriage return stay. Plain Java, for every package (text, csv, workbook, job).
 */
public final class CleanText {

    /** What an unsafe character becomes: the Unicode replacement character, valid in XML and PostgreSQL. */
    public static final char REPLACEMENT = '\uFFFD';

    private CleanText() {
    }

    /** {@code text} with every unsafe character replaced; the same instance when there is none; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        int n = text.length();
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(isUnsafe(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    /** True when {@link #clean} would change nothing. */
    public static boolean isClean(String text) {
        return text == null || firstUnsafe(text) < 0;
    }

    /** Index of the first unsafe character, or -1. */
    private static int firstUnsafe(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A character that XML 1.0 cannot carry or PostgreSQL cannot store (surrogates only when unpaired). */
    private static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF'
                || Character.isSurrogate(c);
    }
}
