package org.zhibiao.classify;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Measure;

/**
 * Maps an indicator's subject onto a catalogue entry and says what the figure measures of it.
 *
 * <p>Order: the whole subject as a name or alias; else the subject without a trailing measure word (增长, 增速,
 * 占比, 比重 …) as a name or alias; else the longest name or alias that the subject (without the measure word)
 * ends with, i.e. its head noun: 规模以上工业增加值 maps to 工业增加值. The part left before the head must not change
 * what is measured (人均地区生产总值 is not 地区生产总值, 进出口 is not 出口) nor split a Latin word. A level figure whose
 * kind contradicts the entry's (亿元 for a head count) stays unmapped.
 *
 * <p>Measure: from the row's kind where it says it (增速 → GROWTH, 百分点 → CHANGE, 位次 → RANK, 比值 → RATIO, 倍数 →
 * MULTIPLE), a percentage of an amount (工业增加值占比 35%) is a SHARE, otherwise the entry's natural measure.
 */
public final class CatalogueMatcher {

    /** A subject mapped: the entry and the measure of this figure. */
    public record Match(Catalogue.Entry entry, Measure measure) {
    }

    /** Trailing words that say how the figure relates to its indicator, not what the indicator is. */
    private static final Pattern GROWTH_WORDS = Pattern.compile(
            "(同比|比上年|比去年|较上年|年均|平均|累计)?(增长|增速|增幅|下降|降幅|增长率)$");
    private static final Pattern SHARE_WORDS = Pattern.compile("(占.{1,10}?(比重|比例)|所占比重|占比|比重|比例)$");
    private static final Pattern NEUTRAL_WORDS = Pattern.compile("(总额|总量|总值|规模|数量|合计|总计)$");
    /** Words before a head that make another quantity of it: per head, per unit, the opposite flow. */
    private static final List<String> CHANGING_PREFIXES = List.of("人均", "户均", "亩均", "地均", "单位", "万元", "每",
            "非", "净", "进", "减", "超");
    private static final Set<Kind> LEVEL_KINDS = Set.of(Kind.MONEY, Kind.COUNT, Kind.PEOPLE, Kind.AREA, Kind.LENGTH,
            Kind.WEIGHT, Kind.VOLUME, Kind.ENERGY);
    private static final int MIN_HEAD_CHARS = 2;

    private final Catalogue catalogue;

    public CatalogueMatcher(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The entry and measure of a subject, or empty when nothing in the catalogue fits. */
    public Optional<Match> match(String subject, Kind kind) {
        String name = Catalogue.normalize(subject);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<Catalogue.Entry> whole = catalogue.byTerm(name);
        if (whole.isPresent()) {
            return fit(whole.get(), kind, null);
        }
        Measure said = null;
        String core = name;
        Matcher growth = GROWTH_WORDS.matcher(core);
        Matcher share = SHARE_WORDS.matcher(core);
        if (growth.find() && growth.start() > 0) {
            said = Measure.GROWTH;
            core = core.substring(0, growth.start());
        } else if (share.find() && share.start() > 0) {
            said = Measure.SHARE;
            core = core.substring(0, share.start());
        }
        Optional<Catalogue.Entry> entry = catalogue.byTerm(core);
        if (entry.isEmpty()) {
            Matcher neutral = NEUTRAL_WORDS.matcher(core);
            if (neutral.find() && neutral.start() > 0) {
                entry = catalogue.byTerm(core.substring(0, neutral.start()));
            }
        }
        if (entry.isEmpty()) {
            entry = head(core);
        }
        Measure saidOfCore = said;
        return entry.flatMap(e -> fit(e, kind, saidOfCore));
    }

    /** What a figure of this kind measures when its subject maps to no entry. */
    public static Measure unmappedMeasure(String subject, Kind kind) {
        Measure fromKind = fromKind(kind);
        if (fromKind != null) {
            return fromKind;
        }
        if (kind == Kind.PERCENT) {
            return GROWTH_WORDS.matcher(Catalogue.normalize(subject)).find() ? Measure.GROWTH : Measure.SHARE;
        }
        return Measure.LEVEL;
    }

    /** The longest name or alias the text ends with, when what stands before it leaves the quantity as it is. */
    private Optional<Catalogue.Entry> head(String text) {
        for (int start = 1; start <= text.length() - MIN_HEAD_CHARS; start++) {
            Optional<Catalogue.Entry> entry = catalogue.byTerm(text.substring(start));
            if (entry.isPresent() && keepsQuantity(text.substring(0, start), text.charAt(start))) {
                return entry;
            }
        }
        return Optional.empty();
    }

    private static boolean keepsQuantity(String before, char headStart) {
        char last = before.charAt(before.length() - 1);
        if (isLatin(last) && isLatin(headStart)) {
            return false;
        }
        return CHANGING_PREFIXES.stream().noneMatch(before::endsWith);
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static Optional<Match> fit(Catalogue.Entry entry, Kind kind, Measure said) {
        if (kind != null && LEVEL_KINDS.contains(kind)
                && (entry.measure() != Measure.LEVEL || !sameFamily(entry.kind(), kind))) {
            return Optional.empty();
        }
        Measure fromKind = fromKind(kind);
        if (fromKind != null) {
            return Optional.of(new Match(entry, fromKind));
        }
        if (kind == Kind.PERCENT) {
            if (said == Measure.GROWTH) {
                return Optional.of(new Match(entry, Measure.GROWTH));
            }
            return Optional.of(new Match(entry, entry.measure() == Measure.LEVEL ? Measure.SHARE : entry.measure()));
        }
        return Optional.of(new Match(entry, entry.measure()));
    }

    /** Counts of things and of people are often written alike (万个, 万名); other level kinds must agree. */
    private static boolean sameFamily(Kind entryKind, Kind rowKind) {
        if (entryKind == rowKind || entryKind == null || entryKind == Kind.OTHER) {
            return true;
        }
        Set<Kind> counts = Set.of(Kind.COUNT, Kind.PEOPLE);
        return counts.contains(entryKind) && counts.contains(rowKind);
    }

    private static Measure fromKind(Kind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case GROWTH_RATE -> Measure.GROWTH;
            case PERCENT_POINT -> Measure.CHANGE;
            case RANK -> Measure.RANK;
            case RATIO -> Measure.RATIO;
            case MULTIPLE -> Measure.MULTIPLE;
            default -> null;
        };
    }
}
