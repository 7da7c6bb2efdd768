package org.zhibiao.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Report sections and the words that map headings and indicators onto them, read from a config file (format:
 * src/main/resources/zhibiao/taxonomy.txt and docs/text-and-sections.md). Immutable.
 */
public final class Taxonomy {
    public static final String UNCLASSIFIED = "未分类";

    static final String DEFAULT_RESOURCE = "/zhibiao/taxonomy.txt";

    private final List<String> sections;
    private final Map<String, String> englishNames;
    private final WordScorer headingWords;
    private final WordScorer indicatorWords;

    private Taxonomy(List<String> sections, Map<String, String> englishNames, Map<String, Set<String>> heading,
            Map<String, Set<String>> indicator) {
        this.sections = List.copyOf(sections);
        this.englishNames = Map.copyOf(englishNames);
        this.headingWords = new WordScorer(sections, heading);
        this.indicatorWords = new WordScorer(sections, indicator);
    }

    /** The taxonomy shipped in the jar (经济运行, 产业基础, 改革开放, 城市品质, 民生保障, 未分类). */
    public static Taxonomy defaults() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("默认分类表缺失 (default taxonomy missing): " + DEFAULT_RESOURCE);
            }
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a taxonomy file (UTF-8); a malformed file raises {@link TaxonomyException} naming file and line. */
    public static Taxonomy load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TaxonomyException("无法读取分类表 (cannot read taxonomy file) " + file + ": " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /** Parses taxonomy text; {@code source} names it in error messages. */
    public static Taxonomy parse(String source, String text) {
        List<String> order = new ArrayList<>();
        Map<String, Set<String>> heading = new LinkedHashMap<>();
        Map<String, Set<String>> indicator = new LinkedHashMap<>();
        Map<String, String> english = new LinkedHashMap<>();
        String current = null;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNo = i + 1;
            int column = lines[i].length() - lines[i].stripLeading().length() + 1;
            if (line.startsWith("[")) {
                current = sectionName(source, lineNo, column, line, order);
                order.add(current);
                heading.put(current, new LinkedHashSet<>(List.of(current)));
                indicator.put(current, new LinkedHashSet<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw error(source, lineNo, column, "缺少“=”，应为“标题 = 词 词”或“指标 = 词 词”",
                        "missing '=', expected 'heading = words' or 'indicator = words'");
            }
            if (current == null) {
                throw error(source, lineNo, column, "词表写在任何 [板块] 之前", "words before any [section]");
            }
            String key = line.substring(0, eq).strip();
            if (key.equals("英文") || key.equals("english")) {
                String name = line.substring(eq + 1).strip();
                if (name.isEmpty() || english.containsKey(current)) {
                    throw error(source, lineNo, column, "英文名为空或重复", "empty or repeated english name");
                }
                english.put(current, name);
                continue;
            }
            Map<String, Set<String>> target = switch (key) {
                case "标题", "heading" -> heading;
                case "指标", "indicator" -> indicator;
                default -> throw error(source, lineNo, column, "未知的键“" + key + "”，只能是 标题、指标 或 英文",
                        "unknown key '" + key + "', expected heading, indicator or english");
            };
            for (String word : line.substring(eq + 1).strip().split("[\\s\u3000]+")) {
                if (!word.isEmpty()) {
                    target.get(current).add(word);
                }
            }
        }
        if (order.isEmpty()) {
            throw error(source, lines.length, 1, "没有任何板块", "no [section] in the file");
        }
        order.add(UNCLASSIFIED);
        return new Taxonomy(order, english, heading, indicator);
    }

    private static String sectionName(String source, int lineNo, int column, String line, List<String> seen) {
        if (!line.endsWith("]")) {
            throw error(source, lineNo, column, "板块行应为 [板块名]", "a section line must read [name]");
        }
        String name = line.substring(1, line.length() - 1).strip();
        if (name.isEmpty()) {
            throw error(source, lineNo, column, "板块名为空", "empty section name");
        }
        if (name.equals(UNCLASSIFIED)) {
            throw error(source, lineNo, column, "“未分类”不必声明，它总在最后", "未分类 is implicit and always last");
        }
        if (seen.contains(name)) {
            throw error(source, lineNo, column, "板块“" + name + "”重复", "duplicate section '" + name + "'");
        }
        return name;
    }

    private static TaxonomyException error(String source, int line, int column, String chinese, String english) {
        return new TaxonomyException("分类表格式错误 " + source + " 第" + line + "行第" + column + "列：" + chinese
                + " (malformed taxonomy " + source + " line " + line + " column " + column + ": " + english + ")");
    }

    /** The English names the file gives its sections ({@code english = …}), for workbooks in English. */
    public Map<String, String> englishNames() {
        return englishNames;
    }

    /** Section names in taxonomy order, 未分类 last. */
    public List<String> sections() {
        return sections;
    }

    /** Scores of the sections whose heading words the text contains (see {@link WordScorer}). */
    public Scores scoreHeading(String heading) {
        return headingWords.score(heading);
    }

    /** Scores of the sections whose indicator words the text contains. */
    public Scores scoreIndicator(String words) {
        return indicatorWords.score(words);
    }

    /** The section one heading maps onto, or 未分类 when it names none. */
    public String sectionOfHeading(String heading) {
        return scoreHeading(heading).best().orElse(UNCLASSIFIED);
    }
}
