package org.zhibiao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guards the golden facts lists against slips of the hand: each row points at its text on its line, its value
 * is the number in the text, its code is in the shipped catalogue and its period has the contract's form.
 * (Whether a label is right is a human decision, recorded in the lists' header comments and docs/golden.md.)
 */
class GoldenFactsFilesTest {

    /** 2025, 2025H1, 2025Q3, 2025M1-10, 2025M6, 2021-2025, or empty for a period the document does not tell. */
    static final Pattern PERIOD = Pattern.compile("^$|^\\d{4}(H[12]|Q[1-4]|M(1[0-2]|[1-9])(-(1[0-2]|[1-9]))?)?$"
            + "|^\\d{4}-\\d{4}$");
    private static final Pattern ASCII_DIGIT = Pattern.compile("[0-9]");

    @ParameterizedTest(name = "{0}")
    @EnumSource(FactsDocuments.class)
    void everyRowStandsOnItsLineAndIsWellFormed(FactsDocuments doc) {
        List<String> lines = doc.sourceLines();
        Set<String> codes = catalogueCodes();
        List<GoldenFacts.Row> rows = doc.facts().rows();
        assertThat(rows).isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        for (GoldenFacts.Row row : rows) {
            String where = doc.factsResource + " " + row.describe();
            soft.assertThat(row.line()).as(where).isBetween(1, lines.size());
            if (row.line() >= 1 && row.line() <= lines.size()) {
                soft.assertThat(lines.get(row.line() - 1).replace("**", "")).as(where).contains(row.text());
            }
            if (ASCII_DIGIT.matcher(row.text()).find()) {
                soft.assertThat(row.text().replace(" ", "")).as(where + ": the number in text is value")
                        .contains(row.value().abs().toPlainString());
            }
            soft.assertThat(row.name()).as(where).isNotBlank();
            soft.assertThat(row.region()).as(where).isNotBlank();
            soft.assertThat(row.code().isEmpty() || codes.contains(row.code()))
                    .as(where + ": code " + row.code() + " is not in catalogue.tsv").isTrue();
            soft.assertThat(row.period()).as(where + ": period format").matches(PERIOD);
            if (row.period().contains("-") && !row.period().contains("M")) {
                String[] years = row.period().split("-");
                soft.assertThat(Integer.parseInt(years[0])).as(where + ": a span runs forward")
                        .isLessThan(Integer.parseInt(years[1]));
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FactsDocuments.class)
    void noRowIsListedTwice(FactsDocuments doc) {
        Set<String> seen = new HashSet<>();
        for (GoldenFacts.Row row : doc.facts().rows()) {
            assertThat(seen.add(row.line() + "|" + row.text() + "|" + row.name() + "|" + row.period()))
                    .as("duplicate row " + row.describe()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FactsDocuments.class)
    void headerCommentSaysTunedOrHeldOutAsTheScorerTreatsIt(FactsDocuments doc) {
        GoldenFacts facts = doc.facts();
        assertThat(facts.heldOut()).as(doc.factsResource + " header (HELD-OUT)").isEqualTo(doc.heldOut);
        assertThat(facts.tuned()).as(doc.factsResource + " header (tuned)").isEqualTo(!doc.heldOut);
    }

    @Test
    void listsAreLargeEnoughAndHoldOutSeveralKindsOfDocument() {
        int rows = Arrays.stream(FactsDocuments.values()).mapToInt(d -> d.facts().rows().size()).sum();
        assertThat(rows).as("rows over all facts lists").isGreaterThanOrEqualTo(300);
        assertThat(FactsDocuments.values()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Arrays.stream(FactsDocuments.values()).filter(d -> d.heldOut).count())
                .as("held-out lists").isGreaterThanOrEqualTo(3);
    }

    /** The codes of the shipped catalogue, read directly so that this test does not depend on its loader. */
    static Set<String> catalogueCodes() {
        try (InputStream in = GoldenFactsFilesTest.class.getResourceAsStream("/zhibiao/catalogue.tsv")) {
            assertThat(in).as("/zhibiao/catalogue.tsv on the class path").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("code\t"))
                    .map(l -> l.substring(0, l.indexOf('\t')))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
