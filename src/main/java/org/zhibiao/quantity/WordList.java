package org.zhibiao.quantity;

import java.util.Set;

/**
 * A small set of words matched at the start or end of a string, or at a place in a text. A first/last character
 * test comes first, so most look-ups cost one {@code indexOf} on a short string and allocate nothing.
 */
final class WordList {

    private final Set<String> words;
    private final int maxLength;
    private final String firstChars;
    private final String lastChars;

    WordList(String... words) {
        this.words = Set.of(dedupe(words));
        int max = 0;
        StringBuilder first = new StringBuilder();
        StringBuilder last = new StringBuilder();
        for (String word : this.words) {
            max = Math.max(max, word.length());
            addOnce(first, word.charAt(0));
            addOnce(last, word.charAt(word.length() - 1));
        }
        this.maxLength = max;
        this.firstChars = first.toString();
        this.lastChars = last.toString();
    }

    boolean contains(String s) {
        return words.contains(s);
    }

    /** Length of the longest word that starts s, or 0. */
    int longestPrefix(String s) {
        if (s.isEmpty() || firstChars.indexOf(s.charAt(0)) < 0) {
            return 0;
        }
        for (int length = Math.min(maxLength, s.length()); length > 0; length--) {
            if (words.contains(s.substring(0, length))) {
                return length;
            }
        }
        return 0;
    }

    /** Length of the longest word that ends s, or 0. */
    int longestSuffix(String s) {
        if (s.isEmpty() || lastChars.indexOf(s.charAt(s.length() - 1)) < 0) {
            return 0;
        }
        for (int length = Math.min(maxLength, s.length()); length > 0; length--) {
            if (words.contains(s.substring(s.length() - length))) {
                return length;
            }
        }
        return 0;
    }

    boolean endsAny(String s) {
        return longestSuffix(s) > 0;
    }

    /** True when a word of the list starts at {@code at} in text. */
    boolean startsAt(String text, int at) {
        return lengthAt(text, at) > 0;
    }

    /** Length of the longest word of the list that starts at {@code at} in text, or 0. */
    int lengthAt(String text, int at) {
        if (at >= text.length() || firstChars.indexOf(text.charAt(at)) < 0) {
            return 0;
        }
        for (int length = Math.min(maxLength, text.length() - at); length > 0; length--) {
            if (words.contains(text.substring(at, at + length))) {
                return length;
            }
        }
        return 0;
    }

    private static void addOnce(StringBuilder chars, char c) {
        if (chars.indexOf(String.valueOf(c)) < 0) {
            chars.append(c);
        }
    }

    private static String[] dedupe(String[] words) {
        return new java.util.LinkedHashSet<>(java.util.Arrays.asList(words)).toArray(new String[0]);
    }
}
