package org.zhibiao.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written forms of headings and what is not one. Levels: markdown # to ###### are 1..6; numbered headings
 * sit below any markdown level: 一、 (and a lone 01 followed by its title) {@value #LEVEL_CHINESE}, （一）
 * {@value #LEVEL_PAREN}, 1. {@value #LEVEL_ARABIC}. A plain short line takes the level of the last markdown
 * heading of level two or more (2 after a lone #), or {@value #LEVEL_PLAIN_NUMBERED} (above 一、) in a document
 * without markdown.
 */
final class HeadingSyntax {

    static final int LEVEL_PLAIN_NUMBERED = 10;
    static final int LEVEL_CHINESE = 11;
    static final int LEVEL_PAREN = 12;
    static final int LEVEL_ARABIC = 13;

    /** A numbered heading's title (up to its first 。) may be this long; longer means a list item. */
    static final int MAX_NUMBERED_TITLE = 60;
    /** An arabic-numbered line is a heading only when the whole line is short and not a sentence. */
    static final int MAX_ARABIC_LINE = 30;
    /** A plain line this short, without punctuation, standing between paragraphs, is a heading. */
    static final int MAX_PLAIN = 24;

    private static final Pattern CHINESE = Pattern.compile("^[一二三四五六七八九十百]{1,3}、");
    private static final Pattern PAREN = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[)）]");
    private static final Pattern ARABIC = Pattern.compile("^\\d{1,2}[.．、](?!\\d)");
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\d{1,2}$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^[-+−]?[\\d.,，%％‰]+$");

    /** A heading found on a line; {@code rest} is body text that follows the title on the same line. */
    record Found(int level, String title, String rest) {
    }

    private HeadingSyntax() {
    }

    static Found markdown(String trimmedRaw, String cleaned) {
        if (!trimmedRaw.startsWith("#")) {
            return null;
        }
        int hashes = 0;
        while (hashes < cleaned.length() && cleaned.charAt(hashes) == '#') {
            hashes++;
        }
        int end = cleaned.length();
        while (end > hashes && (cleaned.charAt(end - 1) == '#' || cleaned.charAt(end - 1) == ' ')) {
            end--;
        }
        String title = cleaned.substring(hashes, end).trim();
        if (hashes == 0 || hashes > 6 || title.isEmpty()) {
            return null;
        }
        return new Found(hashes, title, "");
    }

    /** 一、… （一）… 1.… ; null when the line is not a numbered heading (a long 1. item is a paragraph). */
    static Found numbered(String line) {
        if (CHINESE.matcher(line).find()) {
            return splitTitle(LEVEL_CHINESE, line);
        }
        if (PAREN.matcher(line).find()) {
            return splitTitle(LEVEL_PAREN, line);
        }
        if (ARABIC.matcher(line).find() && isShortTitle(line)) {
            return new Found(LEVEL_ARABIC, line, "");
        }
        return null;
    }

    /** The text of a 1. list item without its marker (the marker is no quantity). */
    static String withoutArabicMarker(String line) {
        Matcher m = ARABIC.matcher(line);
        return m.find() ? line.substring(m.end()) : line;
    }

    private static Found splitTitle(int level, String line) {
        int end = firstSentenceEnd(line);
        String title = end < 0 ? line : line.substring(0, end);
        if (title.length() > MAX_NUMBERED_TITLE) {
            return null;
        }
        String rest = end < 0 ? "" : line.substring(end + 1).trim();
        return new Found(level, title, rest);
    }

    /** 1.“四上”企业： is a title; 7.“双向揭榜挂帅”：企业找技术、成果找市场“双向 is the start of a sentence. */
    private static boolean isShortTitle(String line) {
        if (line.length() > MAX_ARABIC_LINE || hasSentenceEnd(line)) {
            return false;
        }
        String body = line.endsWith("：") || line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
        return body.indexOf('：') < 0 && body.indexOf(':') < 0 && body.indexOf('，') < 0 && body.indexOf(',') < 0
                && !Paragraphs.endsWithConnector(body);
    }

    static boolean isLoneNumber(String line) {
        return LONE_NUMBER.matcher(line).matches();
    }

    static boolean isNumberOnly(String line) {
        return NUMBER_ONLY.matcher(line).matches();
    }

    /** Short, no punctuation that a sentence would have, not ending in a word that needs a continuation. */
    static boolean isPlainCandidate(String line) {
        if (line.length() < 2 || line.length() > MAX_PLAIN || isNumberOnly(line)) {
            return false;
        }
        boolean cjk = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("。！？；：，,;:!?".indexOf(c) >= 0) {
                return false;
            }
            cjk |= LineCleaner.isCjk(c);
        }
        return cjk && !Paragraphs.endsWithConnector(line);
    }

    static boolean hasSentenceEnd(String line) {
        return firstSentenceEnd(line) >= 0;
    }

    private static int firstSentenceEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            if ("。！？!?".indexOf(line.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
