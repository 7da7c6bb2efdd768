package org.zhibiao.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.validate.SampleRows.loan;
import static org.zhibiao.validate.SampleRows.row;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;

/** The 说明 of a row in English (--locale=en): from the findings' rule codes, with the extractor's note kept. */
class EnglishNotesTest {

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]");
    private static final Pattern RULE_CODE = Pattern.compile("[A-Z][A-Z0-9_]+");

    private final Validator validator = new Validator();

    @Test
    void rowChecksCarryAnEnglishNoteForEveryFindingOfTheRow() {
        List<Indicator> rows = List.of(loan(1, Source.SUMMARY, 9, "9560"), loan(2, Source.BODY, 33, "9650"),
                loan(3, Source.BODY, 33, "9650"));
        List<Finding> findings = validator.validate(rows);

        Map<Long, RowCheck> checks = Validator.rowChecks(findings);

        RowCheck body = checks.get(2L);
        assertThat(body.noteEn()).isNotEmpty().doesNotContainPattern(CJK)
                .contains(FindingsInEnglish.message(SummaryBodyRule.MISMATCH, ""))
                .contains(FindingsInEnglish.message(DuplicateRule.DUPLICATE, ""));
        assertThat(body.noteEn().split("; ")).hasSameSizeAs(body.note().split("；"));
    }

    @Test
    void annotateKeepsHowTheFigureWasReadAheadOfTheFindings() {
        Indicator implied = row(1, Source.BODY, 5, "常住人口", "97", "", "970000", "人", Kind.PEOPLE)
                .withCheck(Severity.PASS, "单位未写出，按“常住人口”计为人", "No unit written: counted as people.");
        Indicator twin = loan(2, Source.BODY, 7, "9650");
        Indicator other = loan(3, Source.BODY, 7, "9650");
        List<Finding> findings = validator.validate(List.of(implied, twin, other));
        assertThat(findings).isNotEmpty();

        List<Indicator> annotated = Validator.annotate(List.of(implied, twin, other), findings);

        assertThat(annotated.get(0).note()).startsWith("单位未写出");
        assertThat(annotated.get(0).noteEn()).startsWith("No unit written");
        assertThat(annotated.get(1).noteEn()).isNotEmpty().doesNotContainPattern(CJK);
    }

    /** A new rule code without English text would put Chinese into an English workbook's notes and findings. */
    @Test
    void everyRuleCodeOfThisPackageHasEnglishText() throws Exception {
        List<String> codes = new ArrayList<>();
        for (Class<?> rule : List.of(SummaryBodyRule.class, CsvTextRule.class, FactAgreement.class,
                ConflictRule.class, DuplicateRule.class, PlausibilityRule.class, UnitRule.class,
                RegionPeriodRule.class, Validator.class)) {
            for (Field field : rule.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    Object value = field.get(null);
                    if (value instanceof String code && RULE_CODE.matcher(code).matches()) {
                        codes.add(code);
                    }
                }
            }
        }
        assertThat(codes).hasSizeGreaterThanOrEqualTo(14)
                .allSatisfy(code -> assertThat(FindingsInEnglish.knows(code)).as(code).isTrue());
    }

    @Test
    void anUnknownRuleKeepsItsMessageAfterItsCode() {
        assertThat(FindingsInEnglish.message("MY_RULE", "自定义说明")).isEqualTo("MY_RULE: 自定义说明");
    }
}
