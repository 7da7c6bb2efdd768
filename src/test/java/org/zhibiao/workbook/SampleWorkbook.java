package org.zhibiao.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Rejection;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/**
 * Realistic rows built from the sample report (zhangdian-2021-achievements.md): real sentences and line
 * numbers, values normalized as the extraction policy says, plus the CSV row that conflicts with the text.
 */
final class SampleWorkbook {

    static final Path REPORT = Path.of("src/test/resources/corpus/zhangdian-2021-achievements.md");
    static final Path YIYANG = Path.of("src/test/resources/corpus/reports/014_yiyang_2025_statistical_communique.txt");
    static final Path CSV = Path.of("input/zhangdian-2021-indicators.csv");
    static final String REPORT_NAME = "zhangdian-2021-achievements.md";
    static final String CSV_NAME = "zhangdian-2021-indicators.csv";
    static final List<String> SECTIONS = List.of("经济运行", "产业基础", "改革开放", "城市品质", "民生保障", "未分类");
    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 29);
    /** The summary box ends before this line; the article body follows. */
    private static final int BODY_STARTS = 20;

    private SampleWorkbook() {
    }

    /** Indicators sorted by section in taxonomy order, as the job hands them over; ids 1.. */
    static List<Indicator> indicators() {
        List<Indicator> rows = new ArrayList<>();
        rows.add(text(1, "经济运行", "地区生产总值增长", "7", "%", "7", "%", Kind.GROWTH_RATE, Qualifier.EXACT,
                Status.ESTIMATE, Source.BODY, "地区生产总值同比增长7%"));
        rows.add(text(2, "经济运行", "一般公共预算收入增长", "23.1", "%", "23.1", "%", Kind.GROWTH_RATE,
                Qualifier.EXACT, Status.ACTUAL, Source.BODY, "一般公共预算收入同比增长23.1%"));
        rows.add(text(3, "产业基础", "产业发展母基金", "24", "亿元", "2400000000", "元", Kind.MONEY, Qualifier.EXACT,
                Status.ACTUAL, Source.SUMMARY, "24亿元产业发展母基金"));
        rows.add(text(4, "产业基础", "解决贷款", "9650", "万元", "96500000", "元", Kind.MONEY, Qualifier.EXACT,
                Status.ACTUAL, Source.SUMMARY, "解决贷款9650万元"));
        rows.add(text(5, "产业基础", "区重点项目年度投资完成率", "102", "%", "102", "%", Kind.PERCENT,
                Qualifier.EXACT, Status.ACTUAL, Source.SUMMARY, "年度投资完成率102%"));
        rows.add(text(6, "产业基础", "盘活闲置低效用地", "1500", "亩", "1500", "亩", Kind.AREA, Qualifier.AT_LEAST,
                Status.ACTUAL, Source.BODY, "1500余亩"));
        rows.add(text(7, "产业基础", "累计建成产业空间", "15.7", "万平方米", "157000", "平方米", Kind.AREA,
                Qualifier.EXACT, Status.ACTUAL, Source.BODY, "产业空间15.7万平方米")
                .withCheck(Severity.WARNING, "仅见于正文，摘要未列出"));
        rows.add(text(8, "改革开放", "实际使用外资", "6253", "万美元", "62530000", "美元", Kind.MONEY, Qualifier.EXACT,
                Status.ACTUAL, Source.SUMMARY, "实际使用外资6253万美元"));
        rows.add(text(9, "改革开放", "实际使用外资增长", "21", "%", "21", "%", Kind.GROWTH_RATE, Qualifier.EXACT,
                Status.ACTUAL, Source.SUMMARY, "分别同比增长21%"));
        rows.add(text(10, "改革开放", "减少证明材料", "50", "万件", "500000", "件", Kind.COUNT, Qualifier.AT_LEAST,
                Status.ACTUAL, Source.SUMMARY, "减少证明材料50万件以上"));
        rows.add(text(11, "城市品质", "增植绿地", "81.9", "万平方米", "819000", "平方米", Kind.AREA, Qualifier.EXACT,
                Status.ACTUAL, Source.SUMMARY, "增植绿地81.9万平方米"));
        rows.add(text(12, "城市品质", "改造提升背街小巷", "64", "条", "64", "条", Kind.COUNT, Qualifier.EXACT,
                Status.ACTUAL, Source.SUMMARY, "背街小巷64条"));
        Located range = locate(YIYANG, 1, "91.8%~94.8%");
        rows.add(new Indicator(13, "益阳市", 2025, "城市品质", "县市区空气质量优良天数比例", new BigDecimal("91.8"),
                new BigDecimal("94.8"), "%", new BigDecimal("91.8"), "%", Kind.PERCENT, Qualifier.RANGE,
                Status.ACTUAL, Source.BODY, range.sentence(), YIYANG.getFileName().toString(), range.line(),
                Severity.PASS, ""));
        rows.add(text(14, "民生保障", "城乡妇女免费“两癌”筛查", "4.1", "万名", "41000", "人", Kind.PEOPLE,
                Qualifier.EXACT, Status.ACTUAL, Source.SUMMARY, "4.1万名城乡妇女"));
        rows.add(text(15, "民生保障", "老年人免费接种流感疫苗", "3.7", "万名", "37000", "人", Kind.PEOPLE,
                Qualifier.EXACT, Status.ACTUAL, Source.BODY, "3.7万名老年人"));
        rows.add(text(16, "民生保障", "新增综合养老服务中心", "8", "处", "8", "处", Kind.COUNT, Qualifier.EXACT,
                Status.ACTUAL, Source.SUMMARY, "综合养老服务中心8处")
                .withCheck(Severity.ERROR, "正文为 8 处，CSV 为 9 处"));
        rows.add(new Indicator(17, "张店区", 2021, "民生保障", "综合养老服务中心", new BigDecimal("9"), null, "处",
                new BigDecimal("9"), "处", Kind.COUNT, Qualifier.EXACT, Status.ACTUAL, Source.CSV,
                "张店区,2021,民生保障,综合养老服务中心,9,处", CSV_NAME, 8, Severity.ERROR, "CSV 为 9 处，正文为 8 处"));
        return rows;
    }

    static List<Finding> findings() {
        return List.of(
                new Finding(Severity.ERROR, "CSV_TEXT_MISMATCH", "综合养老服务中心：正文 8 处，CSV 9 处", List.of(16L, 17L)),
                new Finding(Severity.WARNING, "SUMMARY_MISSING", "累计建成产业空间 15.7 万平方米 仅见于正文", List.of(7L)),
                new Finding(Severity.INFO, "DUPLICATE", "重复的指标已合并", List.of(999L)));
    }

    static List<Rejection> rejections() {
        return List.of(new Rejection(CSV_NAME, 12, "张店区,2021,民生保障,长者食堂,二十,家", "数值不是数字", "value is not a number"));
    }

    static RunInfo runInfo() {
        Map<String, Long> sections = new LinkedHashMap<>();
        for (String s : SECTIONS) {
            sections.put(s, indicators().stream().filter(i -> i.section().equals(s)).count());
        }
        Map<String, Long> severities = new LinkedHashMap<>();
        severities.put("错误", 1L);
        severities.put("警告", 1L);
        severities.put("提示", 1L);
        return new RunInfo(RUN_DATE, 1, 2,
                List.of(new RunInfo.StepFact(3, "extract:partition0", "COMPLETED", 16, 16, 0, Duration.ofMillis(1450)),
                        new RunInfo.StepFact(4, "loadCsv:partition0", "COMPLETED", 10, 9, 0, Duration.ofMillis(320)),
                        new RunInfo.StepFact(5, "crossCheck", "COMPLETED", 17, 3, 0, Duration.ofMillis(210)),
                        new RunInfo.StepFact(6, "export", "STARTED", 17, 0, 0, Duration.ofMillis(900))),
                List.of(input(REPORT, "text", 16, 16, 0, 0), input(CSV, "csv", 10, 9, 1, 0)),
                sections, severities);
    }

    static RunInfo.InputFile input(Path file, String kind, long read, long written, long rejected, long skipped) {
        try {
            return new RunInfo.InputFile(file.getFileName().toString(), Files.size(file), sha256(file), kind, read,
                    written, rejected, skipped, written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the sample workbook into {@code folder} and returns its path. */
    static Path write(Path folder, WorkbookSettings settings) throws IOException {
        Path target = folder.resolve("indicators-" + RUN_DATE + ".xlsx");
        try (WorkbookWriter writer = new WorkbookWriter(SECTIONS, settings)) {
            writer.overview(runInfo());
            writer.indicators(indicators().iterator());
            writer.findings(findings().iterator());
            writer.rejections(rejections().iterator());
            writer.runInfo(runInfo());
            writer.writeAtomically(target);
        }
        return target;
    }

    private static Indicator text(long id, String section, String subject, String value, String unit,
            String normalized, String baseUnit, Kind kind, Qualifier qualifier, Status status, Source source,
            String snippet) {
        Located at = locate(REPORT, source == Source.SUMMARY ? 1 : BODY_STARTS, snippet);
        return new Indicator(id, "张店区", 2021, section, subject, new BigDecimal(value), null, unit,
                new BigDecimal(normalized), baseUnit, kind, qualifier, status, source, at.sentence(), REPORT_NAME,
                at.line(), Severity.PASS, "");
    }

    record Located(int line, String sentence) {
    }

    /** The first sentence at or after {@code fromLine} containing {@code snippet} (bold marks removed). */
    static Located locate(Path file, int fromLine, String snippet) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = fromLine - 1; i < lines.size(); i++) {
                String clean = lines.get(i).replace("**", "");
                for (String sentence : clean.split("(?<=[。！？])")) {
                    if (sentence.contains(snippet)) {
                        return new Located(i + 1, sentence.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(snippet + " not in " + file);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
