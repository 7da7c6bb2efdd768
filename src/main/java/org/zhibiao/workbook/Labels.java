package org.zhibiao.workbook;

import java.util.List;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;
import org.zhibiao.validate.FindingsInEnglish;
import org.zhibiao.workbook.WorkbookSettings.Language;

/**
 * Every fixed word of the workbook in Chinese and English. Section names are not here: they are the
 * taxonomy's names and stay as configured in both languages (they are data, and filters and links use them).
 */
final class Labels {

    static final List<String> SECTION_HEADERS_ZH = List.of("地区", "年份", "指标", "数值", "单位", "标准数值", "标准单位",
            "类型", "限定", "状态", "来源", "原文", "文件", "行号", "校验", "说明",
            "标准指标", "指标代码", "期间", "事实");
    static final List<String> SECTION_HEADERS_EN = List.of("Region", "Year", "Indicator", "Value", "Unit",
            "Normalized value", "Base unit", "Kind", "Qualifier", "Status", "Source", "Sentence", "File", "Line",
            "Check", "Note", "Standard indicator", "Indicator code", "Period", "Fact");

    private final boolean zh;

    Labels(Language language) {
        this.zh = language == Language.ZH;
    }

    /** A finding's message in the workbook's language. */
    String findingMessage(String rule, String chinese) {
        return zh ? chinese : FindingsInEnglish.message(rule, chinese);
    }

    private String t(String chinese, String english) {
        return zh ? chinese : english;
    }

    // sheets
    String overviewSheet() { return t("概览", "Overview"); }
    String findingsSheet() { return t("校验问题", "Findings"); }
    String rejectionsSheet() { return t("拒绝记录", "Rejections"); }
    String runInfoSheet() { return t("运行信息", "Run info"); }

    List<String> sectionHeaders() { return zh ? SECTION_HEADERS_ZH : SECTION_HEADERS_EN; }

    List<String> findingHeaders() {
        return zh ? List.of("严重程度", "规则", "说明", "相关行", "其他相关行")
                : List.of("Severity", "Rule", "Message", "Row", "Other rows");
    }

    List<String> rejectionHeaders() {
        return zh ? List.of("文件", "行号", "原始内容", "原因", "Reason")
                : List.of("File", "Line", "Raw content", "Reason (Chinese)", "Reason");
    }

    List<String> stepHeaders() {
        return zh ? List.of("步骤", "步骤执行 ID", "状态", "读取", "写入", "跳过", "耗时（秒）")
                : List.of("Step", "Step execution id", "Status", "Read", "Written", "Skipped", "Duration (s)");
    }

    List<String> inputHeaders() {
        return zh ? List.of("文件", "类型", "大小（字节）", "读取", "写入", "拒绝", "跳过", "对账", "SHA-256", "指标数")
                : List.of("File", "Type", "Size (bytes)", "Read", "Written", "Rejected", "Skipped", "Reconciliation",
                        "SHA-256", "Indicators");
    }

    List<String> sheetHeaders() {
        return zh ? List.of("工作表", "数据行") : List.of("Sheet", "Data rows");
    }

    // overview and run info
    String title() { return t("指标汇总", "Indicators"); }
    String runDate() { return t("运行日期", "Run date"); }
    String generatedAt() { return t("生成时间", "Generated at"); }
    String inputFiles() { return t("输入文件", "Input files"); }
    String section() { return t("板块", "Section"); }
    String indicatorCount() { return t("指标数", "Indicators"); }
    String severity() { return t("严重程度", "Severity"); }
    String findingCount() { return t("问题数", "Findings"); }
    String total() { return t("合计", "Total"); }
    String rowsWithoutRegion() { return t("未定地区的行", "Rows without region"); }
    String rowsWithoutPeriod() { return t("未定期间的行", "Rows without period"); }
    String chartTitle() { return t("各板块指标数", "Indicators per section"); }
    String jobInstance() { return t("作业实例 ID", "Job instance id"); }
    String jobExecution() { return t("作业执行 ID", "Job execution id"); }
    String steps() { return t("步骤执行", "Step executions"); }
    String writingThisWorkbook() { return t("本步骤：正在写入此工作簿", "this step: writing this workbook"); }
    String settingsWarnings() { return t("设置提醒", "Settings warnings"); }
    String indicatorsWritten() { return t("写出指标行", "Indicator rows written"); }
    String findingsWritten() { return t("校验问题", "Findings"); }
    String rejectionsWritten() { return t("拒绝记录", "Rejected records"); }
    String balanced() { return t("平衡", "balanced"); }
    String unbalanced(long difference) {
        return zh ? "不平衡：读取 − 写入 − 拒绝 − 跳过 = " + difference
                : "unbalanced: read − written − rejected − skipped = " + difference;
    }
    String emptyFindings() { return t("没有校验问题。", "No findings."); }
    String emptyRejections() { return t("没有被拒绝的记录。", "No rejected records."); }
    String sheetNote() { return t("工作表", "Sheets"); }
    String rowsWord() { return t("行", "rows"); }

    // section rows
    /** The range of a figure written as one; in English without the unit, which is written in Chinese. */
    String range(String low, String high, String unit) {
        String u = unit == null ? "" : unit;
        return zh ? "区间：" + low + "～" + high + u : "Range: " + low + " to " + high + " (in the Unit column's unit)";
    }

    /**
     * A row's 说明 in the workbook's language. Rows staged before notes had English (a restart across an upgrade)
     * have only the Chinese note: it is shown rather than lost.
     */
    String rowNote(String chinese, String english) {
        String zhNote = chinese == null ? "" : chinese;
        if (zh || english == null || english.isEmpty()) {
            return zhNote;
        }
        return english;
    }

    String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        if (second == null || second.isEmpty()) {
            return first;
        }
        return first + t("；", "; ") + second;
    }

    // finding links
    String rowRef(String sheet, int excelRow) {
        return zh ? sheet + " 第" + excelRow + "行" : sheet + " row " + excelRow;
    }

    String missingRow(long id) {
        return zh ? "编号 " + id + "（未写出）" : "id " + id + " (not written)";
    }

    // enum values: Chinese labels are the contract; English words for --locale=en
    String qualifier(Qualifier q) {
        if (q == null) return "";
        if (zh) return q.label();
        switch (q) {
            case ABOUT: return "about";
            case AT_LEAST: return "at least";
            case AT_MOST: return "at most";
            case RANGE: return "range";
            default: return "exact";
        }
    }

    String status(Status s) {
        if (s == null) return "";
        if (zh) return s.label();
        switch (s) {
            case ESTIMATE: return "estimate";
            case TARGET: return "target";
            default: return "actual";
        }
    }

    String source(Source s) {
        if (s == null) return "";
        if (zh) return s.label();
        switch (s) {
            case SUMMARY: return "summary";
            case BODY: return "body";
            default: return "CSV";
        }
    }

    String severity(Severity s) {
        if (s == null) return "";
        if (zh) return s.label();
        switch (s) {
            case INFO: return "info";
            case WARNING: return "warning";
            case ERROR: return "error";
            default: return "pass";
        }
    }

    /** RunInfo's severity counts are keyed by Chinese label (错误/警告/提示); shown in the workbook's language. */
    String severityKey(String chineseLabel) {
        Severity s = severityOf(chineseLabel);
        return s == null ? chineseLabel : severity(s);
    }

    /** The severity a count key names (label 错误 or code ERROR), or null. */
    static Severity severityOf(String key) {
        for (Severity s : Severity.values()) {
            if (s.label().equals(key) || s.name().equalsIgnoreCase(key)) {
                return s;
            }
        }
        return null;
    }
}
