package org.zhibiao.validate;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two subjects are. Subjects come from an extractor and vary (新增综合养老服务中心 vs
 * 综合养老服务中心, 解决贷款 vs 为中小微企业解决贷款), so the score tries, in order: equality of the
 * cleaned text (1.0), containment of the shorter in the longer (0.75..1.0 by length ratio), and the
 * Dice coefficient of character bigrams. Prepared forms are cached per run.
 */
public final class Subjects {

    /** At or above this, two subjects name the same indicator. */
    public static final double SAME = 0.6;

    private final Map<String, Prepared> cache = new HashMap<>();

    /**
     * The cleaned text and its distinct character bigrams, sorted (for a merge count). The bigrams are made on
     * first use: the rules that group rows need only the key, and most subjects are never compared.
     */
    private static final class Prepared {
        private final String key;
        private int[] bigrams;

        Prepared(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        int[] bigrams() {
            if (bigrams == null) {
                Set<Integer> pairs = new HashSet<>();
                for (int i = 0; i + 1 < key.length(); i++) {
                    pairs.add((key.charAt(i) << 16) | key.charAt(i + 1));
                }
                if (key.length() == 1) {
                    pairs.add((int) key.charAt(0));
                }
                bigrams = pairs.stream().mapToInt(Integer::intValue).sorted().toArray();
            }
            return bigrams;
        }
    }

    /** Spaces, punctuation and symbols, compiled once (String.replaceAll compiles its pattern on every call). */
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    /** The cleaned subject: NFKC, no spaces, no punctuation or symbols (quotes, brackets). */
    public String key(String subject) {
        return prepare(subject).key();
    }

    public double similarity(String a, String b) {
        Prepared pa = prepare(a);
        Prepared pb = prepare(b);
        if (pa.key().isEmpty() || pb.key().isEmpty()) {
            return 0;
        }
        if (pa.key().equals(pb.key())) {
            return 1;
        }
        String shorter = pa.key().length() <= pb.key().length() ? pa.key() : pb.key();
        String longer = shorter == pa.key() ? pb.key() : pa.key();
        if (shorter.length() >= 2 && longer.contains(shorter)) {
            return 0.75 + 0.25 * shorter.length() / longer.length();
        }
        return dice(pa.bigrams(), pb.bigrams());
    }

    /** True when the cleaned subject (of 2+ characters) stands in the cleaned text. */
    public boolean mentionedIn(String subject, String text) {
        String key = key(subject);
        return key.length() >= 2 && text != null && key(text).contains(key);
    }

    /** Share of the bigrams of {@code part} that occur in {@code whole} (0..1). */
    public double overlap(String part, String whole) {
        int[] a = prepare(part).bigrams();
        int[] b = prepare(whole).bigrams();
        return a.length == 0 ? 0 : (double) common(a, b) / a.length;
    }

    private Prepared prepare(String subject) {
        String s = subject == null ? "" : subject;
        Prepared p = cache.get(s);
        if (p == null) {
            p = new Prepared(clean(s));
            if (cache.size() < 200_000) {
                cache.put(s, p);
            }
        }
        return p;
    }

    private static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        return 2.0 * common(a, b) / (a.length + b.length);
    }

    private static int common(int[] a, int[] b) {
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    static String clean(String text) {
        return NOISE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }
}
