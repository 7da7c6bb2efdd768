package org.zhibiao.quantity;

import java.math.BigDecimal;
import org.zhibiao.model.Kind;

/**
 * Medal tallies written short (获得15金10银8铜, 共摘得3金2银): each number before 金, 银 or 铜 counts medals of that
 * colour. Only inside a tally, where another medal number stands next to it, so 5金 alone (a name, 黄金) is no count.
 */
final class MedalTallies {

    private static final String COLOURS = "金银铜";

    private MedalTallies() {
    }

    /** The medal unit at {@code at} (the character after the digits), or null when no tally is written there. */
    static UnitCatalog.Unit unitAt(String text, int at, int numberStart) {
        if (at >= text.length() || COLOURS.indexOf(text.charAt(at)) < 0 || wordContinues(text, at + 1)) {
            return null;
        }
        boolean medalAfter = medalNumberAt(text, at + 1);
        boolean medalBefore = numberStart > 0 && COLOURS.indexOf(text.charAt(numberStart - 1)) >= 0
                && numberStart >= 2 && QuantityScanner.isArabicDigit(text.charAt(numberStart - 2));
        if (!medalAfter && !medalBefore) {
            return null;
        }
        return new UnitCatalog.Unit(String.valueOf(text.charAt(at)), "枚", BigDecimal.ONE, Kind.COUNT);
    }

    static boolean isMedal(UnitCatalog.Unit unit) {
        return "枚".equals(unit.base()) && unit.written().length() == 1 && COLOURS.contains(unit.written());
    }

    /** The name of what is counted: 金牌, 银牌, 铜牌. */
    static String medal(String written) {
        return written + "牌";
    }

    /** 金额, 金融, 金属, 银行: the colour starts another word, not a tally (金牌, 铜位居 still end one). */
    private static boolean wordContinues(String text, int at) {
        return at < text.length() && "额融属行".indexOf(text.charAt(at)) >= 0;
    }

    private static boolean medalNumberAt(String text, int at) {
        int i = at;
        while (i < text.length() && QuantityScanner.isArabicDigit(text.charAt(i))) {
            i++;
        }
        return i > at && i < text.length() && COLOURS.indexOf(text.charAt(i)) >= 0 && !wordContinues(text, i + 1);
    }
}
