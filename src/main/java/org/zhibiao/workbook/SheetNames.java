package org.zhibiao.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not blank, not
 * starting or ending with an apostrophe, unique ignoring case (Excel compares names case-insensitively).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** A safe, unique name for {@code wanted}; a clash gets " (2)", " (3)" … appended. */
    String assign(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            name = withSuffix(base, " (" + n + ")");
        }
        taken.add(key(name));
        return name;
    }

    /** The name of part {@code part} (2, 3 …) of a sheet too long for one sheet: {@code 产业基础 (2)}. */
    String continuation(String firstName, int part) {
        return assign(withSuffix(firstName, " (" + part + ")"));
    }

    static String clean(String wanted) {
        StringBuilder b = new StringBuilder();
        String s = wanted == null ? "" : wanted.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\'
                    || Character.isISOControl(c);
            b.append(bad ? '_' : c);
        }
        String name = b.toString();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        name = cut(name, MAX_LENGTH);
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.strip();
        return name.isEmpty() ? "Sheet" : name;
    }

    private static String withSuffix(String base, String suffix) {
        return cut(base, MAX_LENGTH - suffix.length()).strip() + suffix;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The name quoted for a cell reference: {@code '产业基础'!A12}; apostrophes inside are doubled. */
    static String reference(String sheetName, String cell) {
        return "'" + sheetName.replace("'", "''") + "'!" + cell;
    }
}
