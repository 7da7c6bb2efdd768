package org.zhibiao.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.csv.Headers.Field;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Rejection;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;
import org.zhibiao.text.TextDecoder;

/**
 * The reading of one file: finds preamble, header and layout, then turns every record into an
 * indicator, a rejection or a skip. Not thread-safe; one instance per file.
 */
final class TableReading {

    private static final int HEADER_SEARCH_RECORDS = 50;
    private static final Pattern FOOTNOTE = Pattern.compile("^(注\\s*\\d*|数据来源|资料来源|来源|说明|备注)\\s*[：:].*",
            Pattern.DOTALL);
    private static final Pattern NAME_WITH_UNIT = Pattern.compile("^(.*?)\\s*[（(]\\s*([^()（）]{1,12}?)\\s*[)）]\\s*$",
            Pattern.DOTALL);
    private static final Pattern GROWTH_WORDS = Pattern.compile("增长|增速|增幅|下降|减少|回落");
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PREAMBLE_LINE = Pattern.compile("^([^：:]{1,10})[：:](.*)$", Pattern.DOTALL);
    private static final Pattern NATIONAL_NAMES = Pattern.compile("^(国内|国民|全国).*");

    private final String fileName;
    private final String regionOverride;
    private final String indicatorHint;
    private final String unitHint;
    private final CsvSettings settings;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final Map<String, String> preamble = new LinkedHashMap<>();
    private long records;
    private long skipped;

    TableReading(String fileName, String regionOverride, CsvSettings settings) {
        this(fileName, regionOverride, null, null, settings);
    }

    /**
     * @param indicatorHint the table's indicator when it names none (no 指标 column, no "指标：" preamble line)
     * @param unitHint      the table's unit when neither its cells, its names nor its preamble give one
     */
    TableReading(String fileName, String regionOverride, String indicatorHint, String unitHint,
            CsvSettings settings) {
        this.fileName = fileName;
        this.regionOverride = regionOverride == null || regionOverride.isBlank() ? null : regionOverride.strip();
        this.indicatorHint = indicatorHint == null ? "" : indicatorHint.strip();
        this.unitHint = unitHint == null ? "" : unitHint.strip();
        this.settings = settings;
    }

    CsvResult read(byte[] bytes) {
        if (bytes.length == 0) {
            return wholeFile(0, "", "文件为空", "file is empty");
        }
        DecodedText decoded;
        try {
            decoded = DecodedText.decode(bytes);
        } catch (TextDecoder.NotTextException notText) {
            return wholeFile(0, "", notText.getMessage(), notText.reasonEn());
        }
        // A line with a NUL or an invalid byte is one record, rejected with its reason; the decoder left it empty.
        for (TextDecoder.RefusedLine line : decoded.refused()) {
            records++;
            rejections.add(new Rejection(fileName, line.line(), cut(line.raw()), line.reason(), line.reasonEn()));
        }
        if (decoded.text().isBlank()) {
            return wholeFile(0, "", "文件为空", "file is empty");
        }
        RecordCursor cursor = new RecordCursor(decoded.text(), DelimiterSniffer.sniff(decoded.text()), settings);
        CsvRecord header = null;
        CsvRecord firstContent = null;
        for (int seen = 0; cursor.hasNext() && seen < HEADER_SEARCH_RECORDS && header == null; seen++) {
            CsvRecord r = cursor.next();
            if (r.unbalanced()) {
                records++;
                reject(r, "引号不成对", "unbalanced quotes");
            } else if (r.isBlank()) {
                continue;
            } else if (isPreamble(r)) {
                notePreamble(r.cell(0));
                firstContent = firstContent == null ? r : firstContent;
            } else if (looksLikeHeader(r)) {
                header = r;
            } else if (firstContent == null) {
                firstContent = r;
            }
        }
        if (header == null) {
            CsvRecord at = firstContent;
            return wholeFile(at == null ? 0 : at.firstLine(), at == null ? "" : at.raw(),
                    "未找到表头：长表需要“指标”和“数值”列，宽表需要年份列（如 2024年）",
                    "no header found: a long table needs indicator and value columns, a wide table year columns");
        }
        List<CsvRecord> data = new ArrayList<>();
        cursor.expectWidth(width(header));
        while (cursor.hasNext()) {
            data.add(cursor.next());
        }
        return isWide(header) ? readWide(header, data) : readLong(header, data);
    }

    // ---- long tables: one record per row ----

    private CsvResult readLong(CsvRecord header, List<CsvRecord> data) {
        Map<Field, List<Integer>> columns = new TreeMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            Field field = Headers.field(header.cell(i));
            if (field != null) {
                columns.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<Field, List<Integer>> e : columns.entrySet()) {
            if (e.getValue().size() > 1) {
                String names = e.getValue().stream().map(i -> "“" + header.cell(i) + "”(第" + (i + 1) + "列)")
                        .reduce((a, b) -> a + "、" + b).orElse("");
                return wholeFile(header.firstLine(), header.raw(), "表头重复：" + names + "都表示“" + e.getKey().label + "”",
                        "duplicate header: " + e.getValue().size() + " columns mean " + e.getKey().name().toLowerCase());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Field required : List.of(Field.INDICATOR, Field.VALUE)) {
            if (!columns.containsKey(required)) {
                missing.add(required.label + "(" + required.name().toLowerCase() + ")");
            }
        }
        if (!missing.isEmpty()) {
            return wholeFile(header.firstLine(), header.raw(), "缺少必需的表头：" + String.join("、", missing),
                    "missing required header: " + String.join(", ", missing));
        }
        int width = width(header);
        for (CsvRecord r : data) {
            if (!isRecord(r, header)) {
                continue;
            }
            records++;
            if (r.unbalanced()) {
                reject(r, "引号不成对", "unbalanced quotes");
            } else if (r.cells().size() < width || r.hasContentBeyond(width)) {
                rejectColumnCount(r, width);
            } else {
                longRow(r, columns);
            }
        }
        return result();
    }

    private void longRow(CsvRecord r, Map<Field, List<Integer>> columns) {
        String name = cell(r, columns, Field.INDICATOR);
        String valueCell = cell(r, columns, Field.VALUE);
        String yearCell = cell(r, columns, Field.YEAR);
        CellValue value = CellValue.parse(valueCell);
        if (value.type() == CellValue.Type.BLANK || value.type() == CellValue.Type.PLACEHOLDER) {
            skipped++;
            return;
        }
        if (name.isEmpty()) {
            reject(r, "指标名称为空", "indicator name is empty");
            return;
        }
        if (value.type() == CellValue.Type.NOT_A_NUMBER) {
            rejectValue(r, null, valueCell);
            return;
        }
        Integer year = null;
        if (!yearCell.isEmpty()) {
            year = Headers.year(yearCell);
            if (year == null) {
                reject(r, "年份“" + yearCell + "”无效", "year \"" + yearCell + "\" is not valid");
                return;
            }
        }
        NameAndUnit named = splitUnit(name);
        String unit = cell(r, columns, Field.UNIT);
        if (unit.isEmpty()) {
            unit = named.unit().isEmpty() ? preambleUnit() : named.unit();
        }
        String region = cell(r, columns, Field.REGION);
        if (region.isEmpty()) {
            region = regionOverride != null ? regionOverride : preamble.getOrDefault("地区", "");
        }
        add(r, region, year, cell(r, columns, Field.SECTION), named.name(), value, unit);
    }

    private static String cell(CsvRecord r, Map<Field, List<Integer>> columns, Field field) {
        List<Integer> at = columns.get(field);
        return at == null ? "" : r.cell(at.get(0));
    }

    // ---- wide tables: one record per (row, year column) cell ----

    private CsvResult readWide(CsvRecord header, List<CsvRecord> data) {
        Map<Integer, Integer> yearColumns = new LinkedHashMap<>();
        Map<Integer, Integer> columnOfYear = new LinkedHashMap<>();
        Map<Field, Integer> labelColumns = new TreeMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            Integer year = i == 0 ? null : Headers.year(header.cell(i));
            Field field = Headers.field(header.cell(i));
            if (year != null) {
                Integer earlier = columnOfYear.put(year, i);
                if (earlier != null) {
                    return wholeFile(header.firstLine(), header.raw(),
                            "表头重复：年份" + year + "出现在第" + (earlier + 1) + "列和第" + (i + 1) + "列",
                            "duplicate header: year " + year + " in columns " + (earlier + 1) + " and " + (i + 1));
                }
                yearColumns.put(i, year);
            } else if (field != null && field != Field.VALUE && field != Field.YEAR) {
                Integer earlier = labelColumns.putIfAbsent(field, i);
                if (earlier != null) {
                    return wholeFile(header.firstLine(), header.raw(), "表头重复：“" + header.cell(earlier) + "”与“"
                            + header.cell(i) + "”都表示“" + field.label + "”",
                            "duplicate header: two columns mean " + field.name().toLowerCase());
                }
            }
        }
        // The first column names the rows: regions (地区) or, whatever its header, indicators.
        if (!labelColumns.containsKey(Field.INDICATOR) && !Integer.valueOf(0).equals(labelColumns.get(Field.REGION))) {
            labelColumns.put(Field.INDICATOR, 0);
        }
        Integer indicatorColumn = labelColumns.get(Field.INDICATOR);
        Integer regionColumn = labelColumns.get(Field.REGION);
        Integer unitColumn = labelColumns.get(Field.UNIT);
        Integer sectionColumn = labelColumns.get(Field.SECTION);
        NameAndUnit tableIndicator = splitUnit(preamble.getOrDefault("指标", indicatorHint));
        if (indicatorColumn == null && tableIndicator.name().isEmpty()) {
            return wholeFile(header.firstLine(), header.raw(), "按地区排列的宽表缺少“指标：”说明行，无法确定指标",
                    "wide table by region lacks an \"指标：\" preamble line naming the indicator");
        }
        String tableRegion = tableRegion(data, indicatorColumn == null ? 0 : indicatorColumn);
        int width = width(header);
        for (CsvRecord r : data) {
            if (!isRecord(r, header)) {
                continue;
            }
            if (r.unbalanced()) {
                records++;
                reject(r, "引号不成对", "unbalanced quotes");
                continue;
            }
            if (r.cells().size() < width || r.hasContentBeyond(width)) {
                records++;
                rejectColumnCount(r, width);
                continue;
            }
            NameAndUnit named = indicatorColumn == null ? tableIndicator : splitUnit(r.cell(indicatorColumn));
            String unit = !named.unit().isEmpty() ? named.unit()
                    : unitColumn != null && !r.cell(unitColumn).isEmpty() ? r.cell(unitColumn) : preambleUnit();
            String region = regionColumn != null && !r.cell(regionColumn).isEmpty() ? r.cell(regionColumn)
                    : tableRegion;
            String section = sectionColumn == null ? "" : r.cell(sectionColumn);
            String label = indicatorColumn == null ? r.cell(regionColumn) : r.cell(indicatorColumn);
            for (Map.Entry<Integer, Integer> column : yearColumns.entrySet()) {
                records++;
                String valueCell = r.cell(column.getKey());
                CellValue value = CellValue.parse(valueCell);
                if (value.type() == CellValue.Type.BLANK || value.type() == CellValue.Type.PLACEHOLDER) {
                    skipped++;
                } else if (label.isEmpty()) {
                    reject(r, "行名称为空（" + header.cell(column.getKey()) + "列）",
                            "row label is empty (column " + header.cell(column.getKey()) + ")");
                } else if (value.type() == CellValue.Type.NOT_A_NUMBER) {
                    rejectValue(r, header.cell(column.getKey()), valueCell);
                } else {
                    add(r, region, column.getValue(), section, named.name(), value, unit);
                }
            }
        }
        return result();
    }

    /**
     * The region of a table whose rows are indicators: given per file, else stated in the preamble
     * (地区：…), else 全国 for national NBS tables (database 年度数据 or names like 国内生产总值), else "".
     */
    private String tableRegion(List<CsvRecord> data, int nameColumn) {
        if (regionOverride != null) {
            return regionOverride;
        }
        String stated = preamble.getOrDefault("地区", "");
        if (!stated.isEmpty()) {
            return stated;
        }
        String database = preamble.getOrDefault("数据库", "");
        if (database.matches("(年度|季度|月度)数据")) {
            return "全国";
        }
        if (database.isEmpty()) {
            boolean national = data.stream().filter(r -> !r.unbalanced() && !r.isBlank())
                    .anyMatch(r -> NATIONAL_NAMES.matcher(r.cell(nameColumn)).matches());
            if (national) {
                return "全国";
            }
        }
        return "";
    }

    // ---- shared pieces ----

    private void add(CsvRecord r, String region, Integer year, String section, String subject, CellValue value,
            String writtenUnit) {
        String unit = writtenUnit.isEmpty() ? value.unit() : writtenUnit;
        if (!value.unit().isEmpty() && !writtenUnit.isEmpty()
                && !CsvUnits.lookup(value.unit()).equals(CsvUnits.lookup(writtenUnit))) {
            reject(r, "数值自带单位“" + value.unit() + "”与单位“" + writtenUnit + "”不符",
                    "unit \"" + value.unit() + "\" in the value differs from unit \"" + writtenUnit + "\"");
            return;
        }
        CsvUnits.UnitInfo info = CsvUnits.lookup(unit);
        Kind kind = info.kind();
        if (kind == Kind.PERCENT && GROWTH_WORDS.matcher(subject).find()) {
            kind = Kind.GROWTH_RATE;
        }
        BigDecimal number = value.number();
        indicators.add(new Indicator(0, region, year, section, subject, number, null, unit,
                CsvUnits.normalize(number, info), info.baseUnit(), kind, Qualifier.EXACT, Status.ACTUAL, Source.CSV,
                cut(r.raw()), fileName, r.firstLine(), Severity.PASS, ""));
    }

    record NameAndUnit(String name, String unit) {
    }

    /** 国内生产总值(亿元) -> 国内生产总值 + 亿元; spaces between Chinese characters are dropped. */
    static NameAndUnit splitUnit(String label) {
        String name = label.strip();
        String unit = "";
        if (name.endsWith(")") || name.endsWith("）")) {
            Matcher m = NAME_WITH_UNIT.matcher(name);
            if (m.matches() && !m.group(1).isBlank()) {
                name = m.group(1);
                unit = m.group(2).strip();
            }
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            name = SPACES.matcher(SPACE_BETWEEN_HAN.matcher(name).replaceAll("")).replaceAll(" ").strip();
        }
        return new NameAndUnit(name, unit);
    }

    private String preambleUnit() {
        return preamble.getOrDefault("单位", unitHint);
    }

    private static boolean isPreamble(CsvRecord r) {
        return r.nonEmptyCells() == 1 && !r.cell(0).isEmpty() && !FOOTNOTE.matcher(r.cell(0)).matches();
    }

    private void notePreamble(String line) {
        Matcher m = PREAMBLE_LINE.matcher(line);
        if (m.matches()) {
            preamble.putIfAbsent(m.group(1).strip(), m.group(2).strip());
        }
    }

    private static boolean looksLikeHeader(CsvRecord r) {
        return isWide(r) || r.cells().stream().filter(c -> Headers.field(c) != null).count() >= 2;
    }

    private static boolean isWide(CsvRecord header) {
        boolean hasValueColumn = header.cells().stream().anyMatch(c -> Headers.field(c) == Field.VALUE);
        boolean hasYearColumn = header.cells().stream().skip(1).anyMatch(c -> Headers.year(c) != null);
        return hasYearColumn && !hasValueColumn && Headers.year(header.cell(0)) == null;
    }

    /** Header width without trailing empty cells (a trailing comma). */
    private static int width(CsvRecord header) {
        int w = header.cells().size();
        while (w > 0 && header.cell(w - 1).isEmpty()) {
            w--;
        }
        return w;
    }

    /**
     * Blank lines, footnotes (注：…, 数据来源：…) and the header repeated (concatenated exports) are not
     * records.
     */
    private static boolean isRecord(CsvRecord r, CsvRecord header) {
        if (r.unbalanced()) {
            return true;
        }
        int width = width(header);
        boolean repeatedHeader = r.cells().size() >= width && !r.hasContentBeyond(width)
                && r.cells().subList(0, width).equals(header.cells().subList(0, width));
        return !(r.isBlank() || repeatedHeader || FOOTNOTE.matcher(r.cell(0)).matches());
    }

    private void rejectColumnCount(CsvRecord r, int width) {
        int n = r.cells().size();
        reject(r, "列数为" + n + "，与表头的" + width + "列不符", n + " columns, header has " + width);
    }

    private void rejectValue(CsvRecord r, String column, String valueCell) {
        String where = column == null ? "" : column + "：";
        String whereEn = column == null ? "" : column + ": ";
        reject(r, where + "数值“" + valueCell + "”不是数字" + (CellValue.looksLikeFormula(valueCell) ? "（疑似公式，按文本保留）" : ""),
                whereEn + "value \"" + valueCell + "\" is not a number"
                        + (CellValue.looksLikeFormula(valueCell) ? " (looks like a formula, kept as text)" : ""));
    }

    private void reject(CsvRecord r, String reason, String reasonEn) {
        rejections.add(new Rejection(fileName, r.firstLine(), cut(r.raw()),
                "第" + r.firstLine() + "行：" + reason, "line " + r.firstLine() + ": " + reasonEn));
    }

    private CsvResult wholeFile(int line, String raw, String reason, String reasonEn) {
        records++;
        rejections.add(new Rejection(fileName, line, cut(raw), "整个文件被拒绝：" + reason,
                "whole file rejected: " + reasonEn));
        return result();
    }

    private CsvResult result() {
        rejections.sort(Comparator.comparingLong(Rejection::line));
        return new CsvResult(fileName, List.copyOf(indicators), List.copyOf(rejections), records, skipped);
    }

    static String cut(String raw) {
        return raw.length() > CsvSettings.MAX_RAW_CHARS ? raw.substring(0, CsvSettings.MAX_RAW_CHARS) : raw;
    }

    static CsvResult rejectedWhole(String fileName, String reason, String reasonEn) {
        return new CsvResult(fileName, List.of(), List.of(new Rejection(fileName, 0, "", "整个文件被拒绝：" + reason,
                "whole file rejected: " + reasonEn)), 1, 0);
    }
}
