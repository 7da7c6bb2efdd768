package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Measure;

/**
 * Guards the shipped indicator catalogue (src/main/resources/zhibiao/catalogue.tsv, docs/catalogue.md) against
 * slips of the hand. It reads the file with its own tiny reader, so the data can be checked before, and
 * independently of, the loader that the job uses.
 */
class CatalogueFileTest {

    static final String RESOURCE = "/zhibiao/catalogue.tsv";
    static final String HEADER = "code\tname\tenglish\taliases\tmeasure\tkind\tbaseUnit\tsection\tgroup";
    static final List<String> GROUPS = List.of("综合", "农业", "工业和建筑业", "服务业", "固定资产投资", "国内贸易",
            "对外经济", "交通邮电旅游", "财政金融", "教育科技", "文化卫生体育", "人口就业收入", "资源环境", "安全生产");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");
    private static final Set<String> MEASURES = names(Measure.values());
    private static final Set<String> KINDS = names(Kind.values());

    /** One data line of the file, with the line number people will look for. */
    record Entry(int line, String code, String name, String english, List<String> aliases, String measure,
            String kind, String baseUnit, String section, String group) {
        String where() {
            return "catalogue.tsv line " + line + " (" + code + " " + name + ")";
        }
    }

    private static List<String> header;
    private static List<String[]> rawRows;
    private static List<Entry> entries;

    @BeforeAll
    static void readFile() {
        header = new ArrayList<>();
        rawRows = new ArrayList<>();
        entries = new ArrayList<>();
        String[] lines = text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header.isEmpty()) {
                header.add(line);
                continue;
            }
            String[] cells = line.split("\t", -1);
            rawRows.add(cells);
            if (cells.length == 9) {
                List<String> aliases = cells[3].isEmpty() ? List.of() : Arrays.asList(cells[3].split("\\|", -1));
                entries.add(new Entry(i + 1, cells[0], cells[1], cells[2], aliases, cells[4], cells[5], cells[6],
                        cells[7], cells[8]));
            }
        }
    }

    @Test
    void headerIsTheContractHeader() {
        assertThat(header).containsExactly(HEADER);
    }

    @Test
    void everyRowHasNineColumns() {
        assertThat(rawRows).allSatisfy(cells -> assertThat(cells).as(String.join("\t", cells)).hasSize(9));
    }

    @Test
    void codesAreUpperCaseAsciiAndUnique() {
        SoftAssertions soft = new SoftAssertions();
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            soft.assertThat(e.code()).as(e.where()).matches(CODE);
            soft.assertThat(seen.add(e.code())).as(e.where() + ": code used twice").isTrue();
        }
        soft.assertAll();
    }

    @Test
    void namesAreUniqueAndEveryEntryHasAnEnglishName() {
        SoftAssertions soft = new SoftAssertions();
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            soft.assertThat(e.name()).as(e.where()).isNotBlank().doesNotContainAnyWhitespaces();
            soft.assertThat(e.english()).as(e.where()).isNotBlank();
            soft.assertThat(seen.add(e.name())).as(e.where() + ": name used twice").isTrue();
        }
        soft.assertAll();
    }

    @Test
    void noAliasBelongsToTwoEntriesOrNamesAnotherEntry() {
        Map<String, Entry> byName = entries.stream().collect(Collectors.toMap(Entry::name, Function.identity()));
        Map<String, Entry> byAlias = new HashMap<>();
        SoftAssertions soft = new SoftAssertions();
        for (Entry e : entries) {
            for (String alias : e.aliases()) {
                soft.assertThat(alias).as(e.where() + ": empty or padded alias").isNotBlank().isEqualTo(alias.strip());
                soft.assertThat(alias).as(e.where() + ": alias equal to its own name").isNotEqualTo(e.name());
                Entry named = byName.get(alias);
                soft.assertThat(named == null || named == e)
                        .as(e.where() + ": alias " + alias + " is the name of " + (named == null ? "" : named.where()))
                        .isTrue();
                Entry other = byAlias.putIfAbsent(alias, e);
                soft.assertThat(other == null || other == e)
                        .as(e.where() + ": alias " + alias + " also belongs to " + (other == null ? "" : other.where()))
                        .isTrue();
            }
        }
        soft.assertAll();
    }

    @Test
    void measureKindSectionAndGroupAreKnownNames() {
        Set<String> sections = new HashSet<>(Taxonomy.defaults().sections());
        sections.remove(Taxonomy.UNCLASSIFIED);
        SoftAssertions soft = new SoftAssertions();
        for (Entry e : entries) {
            soft.assertThat(MEASURES).as(e.where() + ": measure").contains(e.measure());
            soft.assertThat(KINDS).as(e.where() + ": kind").contains(e.kind());
            soft.assertThat(sections).as(e.where() + ": section").contains(e.section());
            soft.assertThat(GROUPS).as(e.where() + ": group").contains(e.group());
        }
        soft.assertAll();
    }

    @Test
    void baseUnitFitsTheKind() {
        SoftAssertions soft = new SoftAssertions();
        for (Entry e : entries) {
            switch (e.kind()) {
                case "MONEY" -> soft.assertThat(e.baseUnit()).as(e.where()).endsWith("元");
                case "PERCENT" -> soft.assertThat(e.baseUnit()).as(e.where()).isIn("%", "‰");
                case "RATIO" -> soft.assertThat(e.baseUnit()).as(e.where()).isEmpty();
                case "PEOPLE" -> soft.assertThat(e.baseUnit()).as(e.where()).isIn("人", "人次");
                default -> soft.assertThat(e.baseUnit().isEmpty() == ("INDEX".equals(e.measure())))
                        .as(e.where() + ": only indices and ratios lack a base unit").isTrue();
            }
            if (e.measure().equals("SHARE")) {
                soft.assertThat(e.kind()).as(e.where() + ": a share is a percentage").isEqualTo("PERCENT");
            }
        }
        soft.assertAll();
    }

    @Test
    void coversEveryGroupWithEnoughEntries() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(150);
        Map<String, Long> perGroup = new TreeMap<>(entries.stream()
                .collect(Collectors.groupingBy(Entry::group, Collectors.counting())));
        assertThat(perGroup.keySet()).containsExactlyInAnyOrderElementsOf(GROUPS);
        assertThat(perGroup).allSatisfy((group, count) -> assertThat(count).as(group).isGreaterThanOrEqualTo(5));
    }

    static String text() {
        try (InputStream in = CatalogueFileTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <E extends Enum<E>> Set<String> names(E[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
