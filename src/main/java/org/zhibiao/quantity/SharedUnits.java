package org.zhibiao.quantity;

import java.util.List;

/** Units shared across a list, after the scanning pass. */
final class SharedUnits {

    private static final String LIST_SEPARATORS = "、和与及或";

    private SharedUnits() {
    }

    /** 14、9800人 and 1.2万、3.4万人次: a number without unit takes the unit of the next one in its list. */
    static void apply(String text, List<Candidate> candidates) {
        for (int i = candidates.size() - 2; i >= 0; i--) {
            Candidate current = candidates.get(i);
            Candidate following = candidates.get(i + 1);
            if (current.unit != null || current.ratio || current.rank || following.unit == null
                    || following.ratio || following.rank) {
                continue;
            }
            if (following.start - current.end != 1 || LIST_SEPARATORS.indexOf(text.charAt(current.end)) < 0) {
                continue;
            }
            if (current.multiplier.isEmpty()) {
                current.multiplier = following.multiplier;
                current.factor = following.factor;
            }
            current.unit = following.unit;
            current.denominator = following.denominator;
            current.denominatorBase = following.denominatorBase;
        }
    }
}
