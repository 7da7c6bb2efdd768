package org.zhibiao.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts place names found in a text. Names that end with a shorter found name (深圳市光明区, 深圳光明区 and
 * 光明区) are one place; it is reported in its longest form that carries a city or province (深圳市光明区).
 */
final class PlaceTally {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String place) {
        counts.merge(place, 1, Integer::sum);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The place named most often (as a group), ties to the one named first. */
    String winner() {
        List<String> names = new ArrayList<>(counts.keySet());
        Map<String, Integer> groupCount = new LinkedHashMap<>();
        Map<String, String> groupName = new LinkedHashMap<>();
        for (String name : names) {
            String key = shortestSuffix(name, names);
            groupCount.merge(key, counts.get(name), Integer::sum);
            String shown = groupName.get(key);
            if (shown == null || betterName(name, shown)) {
                groupName.put(key, name);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : groupCount.entrySet()) {
            if (best == null || e.getValue() > groupCount.get(best)) {
                best = e.getKey();
            }
        }
        return groupName.get(best);
    }

    private static String shortestSuffix(String name, List<String> names) {
        String key = name;
        for (String other : names) {
            if (other.length() < key.length() && name.endsWith(other)) {
                key = other;
            }
        }
        return key;
    }

    /** 深圳市光明区 is a better name than 深圳光明区 or 光明区: it says which city. */
    private static boolean betterName(String candidate, String current) {
        boolean candidateQualified = isQualified(candidate);
        boolean currentQualified = isQualified(current);
        if (candidateQualified != currentQualified) {
            return candidateQualified;
        }
        return false;
    }

    private static boolean isQualified(String name) {
        String head = name.substring(0, name.length() - 1);
        return head.contains("市") || head.contains("省") || head.contains("自治区");
    }
}
