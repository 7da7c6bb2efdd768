package org.zhibiao.job.logging;

/**
 * Text from outside (file names, cells, exception messages that quote them) made safe for a log line: a name
 * with a newline would forge a second log line, one with ESC would recolour or rewrite the operator's terminal.
 * Control characters (C0, DEL, C1), line and paragraph separators, bidirectional overrides, non-characters and
 * unpaired surrogates become visible escapes ({@code \n}, {@code \r}, {@code \t}, otherwise {@code \}{@code
 * uXXXX}); everything else, Chinese included, stays as it is. Every log line passes through here (the console
 * pattern's {@code %safeMsg}), and messages printed to the console by the launcher too.
 */
public final class LogText {

    private LogText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!isUnsafe(c)) {
                out.append(c);
            } else {
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\ufffe' || c == '\uffff'
                || Character.isSurrogate(c); // a pair was taken whole before this is asked
    }
}
