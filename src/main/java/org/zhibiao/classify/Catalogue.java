package org.zhibiao.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Measure;

/**
 * The indicator catalogue: standard indicators with a stable code, standard name, English name, aliases, natural
 * measure, kind, base unit, section and group, read from a tab-separated file (format: docs/configuration.md and
 * docs/catalogue.md). Immutable. Every name and alias belongs to one entry only, so a subject never maps to two.
 */
public final class Catalogue {

    static final String DEFAULT_RESOURCE = "/zhibiao/catalogue.tsv";
    static final List<String> COLUMNS = List.of("code", "name", "english", "aliases", "measure", "kind", "baseUnit",
            "section", "group");
    static final Set<String> SECTIONS = Set.of("经济运行", "产业基础", "改革开放", "城市品质", "民生保障");
    static final Set<String> GROUPS = Set.of("综合", "农业", "工业和建筑业", "服务业", "固定资产投资", "国内贸易", "对外经济",
            "交通邮电旅游", "财政金融", "教育科技", "文化卫生体育", "人口就业收入", "资源环境", "安全生产");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** One standard indicator. {@code aliases} excludes the name itself. */
    public record Entry(String code, String name, String english, List<String> aliases, Measure measure, Kind kind,
            String baseUnit, String section, String group) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byCode;
    /** Normalized name or alias → entry. */
    private final Map<String, Entry> byTerm;

    private Catalogue(List<Entry> entries, Map<String, Entry> byTerm) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> codes = new HashMap<>();
        entries.forEach(e -> codes.put(e.code(), e));
        this.byCode = Map.copyOf(codes);
        this.byTerm = Map.copyOf(byTerm);
    }

    /** The catalogue shipped in the jar. */
    public static Catalogue defaults() {
        try (InputStream in = Catalogue.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("默认指标目录缺失 (default catalogue missing): " + DEFAULT_RESOURCE);
            }
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue file (UTF-8); a malformed one raises {@link CatalogueException} naming file, line, column. */
    public static Catalogue load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogueException("无法读取指标目录 (cannot read catalogue file) " + file + "：" + e.getMessage()
                    + "。请检查 --catalogue 的路径 / check the --catalogue path", e);
        }
        return parse(file.toString(), text);
    }

    /** Parses catalogue text; {@code source} names it in error messages. */
    public static Catalogue parse(String source, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> byTerm = new LinkedHashMap<>();
        Map<String, Integer> termLine = new HashMap<>();
        Map<String, Integer> codeLine = new HashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            int lineNo = i + 1;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!header) {
                checkHeader(source, lineNo, cells);
                header = true;
                continue;
            }
            if (cells.length != COLUMNS.size()) {
                throw error(source, lineNo, Math.min(cells.length, COLUMNS.size()) + 1,
                        "应有 " + COLUMNS.size() + " 列（以制表符分隔），实有 " + cells.length + " 列",
                        "expected " + COLUMNS.size() + " tab-separated columns, found " + cells.length);
            }
            Entry entry = entry(source, lineNo, cells);
            Integer earlier = codeLine.putIfAbsent(entry.code(), lineNo);
            if (earlier != null) {
                throw error(source, lineNo, 1, "代码“" + entry.code() + "”与第" + earlier + "行重复",
                        "code '" + entry.code() + "' repeats line " + earlier);
            }
            List<String> terms = new ArrayList<>();
            terms.add(entry.name());
            terms.addAll(entry.aliases());
            for (int t = 0; t < terms.size(); t++) {
                String term = normalize(terms.get(t));
                Entry other = byTerm.putIfAbsent(term, entry);
                if (other != null && other != entry) {
                    throw error(source, lineNo, t == 0 ? 2 : 4, "名称或别名“" + terms.get(t) + "”已属于第"
                                    + termLine.get(term) + "行的 " + other.code() + "，一个名称只能指一个指标",
                            "name or alias '" + terms.get(t) + "' already belongs to " + other.code() + " on line "
                                    + termLine.get(term) + "; a name may stand for one indicator only");
                }
                termLine.putIfAbsent(term, lineNo);
            }
            entries.add(entry);
        }
        if (!header) {
            throw error(source, lines.length, 1, "缺少表头行（" + String.join("\t", COLUMNS) + "）",
                    "missing the header row (" + String.join(" TAB ", COLUMNS) + ")");
        }
        if (entries.isEmpty()) {
            throw error(source, lines.length, 1, "没有任何指标", "no indicator in the file");
        }
        return new Catalogue(entries, byTerm);
    }

    private static void checkHeader(String source, int lineNo, String[] cells) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            String found = c < cells.length ? cells[c].strip() : "";
            if (!COLUMNS.get(c).equalsIgnoreCase(found)) {
                throw error(source, lineNo, c + 1, "表头第" + (c + 1) + "列应为“" + COLUMNS.get(c) + "”，实为“" + found
                                + "”；表头须为：" + String.join("\t", COLUMNS),
                        "header column " + (c + 1) + " must be '" + COLUMNS.get(c) + "', found '" + found
                                + "'; the header reads: " + String.join(" TAB ", COLUMNS));
            }
        }
        if (cells.length > COLUMNS.size()) {
            throw error(source, lineNo, COLUMNS.size() + 1, "表头多出列", "extra header columns");
        }
    }

    private static Entry entry(String source, int lineNo, String[] raw) {
        String[] cells = Arrays.stream(raw).map(String::strip).toArray(String[]::new);
        String code = cells[0];
        if (!CODE.matcher(code).matches()) {
            throw error(source, lineNo, 1, "代码“" + code + "”应为大写字母、数字和下划线，以字母开头",
                    "code '" + code + "' must be upper-case letters, digits and underscores, starting with a letter");
        }
        for (int c : new int[] {1, 2}) {
            if (cells[c].isEmpty()) {
                throw error(source, lineNo, c + 1, COLUMNS.get(c) + " 为空", COLUMNS.get(c) + " is empty");
            }
        }
        List<String> aliases = new ArrayList<>();
        for (String alias : cells[3].split("\\|", -1)) {
            if (!alias.isBlank()) {
                aliases.add(alias.strip());
            }
        }
        Measure measure = constant(Measure.class, source, lineNo, 5, cells[4]);
        Kind kind = constant(Kind.class, source, lineNo, 6, cells[5]);
        if (!SECTIONS.contains(cells[7])) {
            throw error(source, lineNo, 8, "板块“" + cells[7] + "”应为 " + String.join(" ", sorted(SECTIONS)) + " 之一",
                    "section '" + cells[7] + "' must be one of " + String.join(" ", sorted(SECTIONS)));
        }
        if (!GROUPS.contains(cells[8])) {
            throw error(source, lineNo, 9, "分组“" + cells[8] + "”应为 " + String.join(" ", sorted(GROUPS)) + " 之一",
                    "group '" + cells[8] + "' must be one of " + String.join(" ", sorted(GROUPS)));
        }
        return new Entry(code, cells[1], cells[2], List.copyOf(aliases), measure, kind, cells[6], cells[7],
                cells[8]);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String source, int lineNo, int column,
            String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw error(source, lineNo, column, COLUMNS.get(column - 1) + "“" + value + "”应为 "
                            + String.join(" ", allowed) + " 之一",
                    COLUMNS.get(column - 1) + " '" + value + "' must be one of " + String.join(" ", allowed));
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static CatalogueException error(String source, int line, int column, String chinese, String english) {
        return new CatalogueException("指标目录格式错误 " + source + " 第" + line + "行第" + column + "列：" + chinese
                + " (malformed catalogue " + source + " line " + line + " column " + column + ": " + english + ")");
    }

    /**
     * The form names are compared in: full-width letters and digits made ASCII and upper-case (ＧＤＰ, gdp → GDP),
     * spaces, quotes and brackets dropped.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0;
            }
            if (Character.isWhitespace(c) || c == 0x3000 || "\"'“”‘’《》〈〉「」『』()（）【】[]".indexOf(c) >= 0) {
                return;
            }
            out.appendCodePoint(c < 128 ? Character.toUpperCase(c) : c);
        });
        return out.toString();
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The entry a normalized name or alias belongs to. */
    Optional<Entry> byTerm(String normalizedTerm) {
        return Optional.ofNullable(byTerm.get(normalizedTerm));
    }

    /** Every normalized name and alias with its entry. */
    Map<String, Entry> terms() {
        return byTerm;
    }
}
