package org.zhibiao.validate;

import java.util.Map;

/**
 * The English text of each finding, by rule code, for {@code --locale=en}. The Chinese message names the figure;
 * the English one does not need to, because the finding links its rows and a row's note sits on the row itself.
 * It lives beside the rules so that a new rule code is given its English text where it is made.
 */
public final class FindingsInEnglish {

    private static final Map<String, String> BY_RULE = Map.ofEntries(
            Map.entry(SummaryBodyRule.MISMATCH,
                    "The highlight box and the body give different values for the same indicator."),
            Map.entry(SummaryBodyRule.MISSING, "A highlight-box figure has no counterpart in the body."),
            Map.entry(CsvTextRule.MISMATCH,
                    "The CSV table and the report text give different values for the same indicator."),
            Map.entry(FactAgreement.MISMATCH,
                    "The sources of one fact (region, period, indicator, measure) give different values."),
            Map.entry(ConflictRule.CONFLICT, "One source gives different values for the same indicator."),
            Map.entry(DuplicateRule.DUPLICATE, "The same figure appears more than once in one source."),
            Map.entry(PlausibilityRule.PERCENT_OVER_100, "A share over 100 %: please check."),
            Map.entry(PlausibilityRule.COMPLETION_OVER_1000, "A completion rate over 1000 %: please check."),
            Map.entry(PlausibilityRule.GROWTH_BELOW_MINUS_100, "A decline of more than 100 % is impossible."),
            Map.entry(PlausibilityRule.FRACTIONAL_COUNT, "A count of things or people should have no fraction."),
            Map.entry(UnitRule.MISSING, "The figure has no unit."),
            Map.entry(UnitRule.UNKNOWN, "The unit was not recognised."),
            Map.entry(Validator.RULE_FAILED, "A validation rule failed and was skipped."),
            Map.entry(RegionPeriodRule.REGION_MISSING, "The figure's region could not be found: when the file"
                    + " does not say it, give the file's region and year with --file-facts."),
            Map.entry(RegionPeriodRule.PERIOD_MISSING, "The figure's period could not be found: when the file"
                    + " does not say it, give the file's region and year with --file-facts."));

    private FindingsInEnglish() {
    }

    /**
     * The English message of a rule; a rule this table does not know (one a caller adds) keeps its Chinese message
     * after its code, so that nothing it says is lost.
     */
    public static String message(String rule, String chinese) {
        String english = BY_RULE.get(rule);
        return english != null ? english : rule + ": " + chinese;
    }

    /** True when the rule has its own English text. */
    static boolean knows(String rule) {
        return BY_RULE.containsKey(rule);
    }
}
