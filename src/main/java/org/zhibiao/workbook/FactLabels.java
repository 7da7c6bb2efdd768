package org.zhibiao.workbook;

import java.util.List;
import org.zhibiao.model.Measure;
import org.zhibiao.workbook.WorkbookSettings.Language;

/** The words of 面板 and of the facts lines of 概览, in Chinese and English (kept apart from {@link Labels}). */
final class FactLabels {

    private final boolean zh;

    FactLabels(Language language) {
        this.zh = language == Language.ZH;
    }

    private String t(String chinese, String english) {
        return zh ? chinese : english;
    }

    String panelSheet() { return t("面板", "Panel"); }

    /** Fixed columns of 面板 before one column per period. */
    List<String> panelHeaders() {
        return zh ? List.of("地区", "指标", "指标代码", "度量", "单位")
                : List.of("Region", "Indicator", "Indicator code", "Measure", "Unit");
    }

    String panelNote() { return t("说明", "Note"); }

    String emptyPanel() { return t("（无事实）", "(no facts)"); }

    String capped(long shown, long total) {
        return zh ? "面板只列出前 " + shown + " 行（共 " + total + " 个事实），全部事实见 facts CSV"
                : "Only the first " + shown + " rows are shown (" + total + " facts); all facts are in the facts CSV";
    }

    String periodsCapped(int shown, int total) {
        return zh ? "面板只列出 " + shown + " 个期间（共 " + total + " 个），全部见 facts CSV"
                : "Only " + shown + " of " + total + " periods are shown; all are in the facts CSV";
    }

    /** A cell whose sources disagree; in English without the unit, which is written in Chinese (亿元). */
    String disagreement(String period, String low, String high, String unit) {
        return zh ? period + "：来源数值不一致（" + low + " / " + high + unit + "）"
                : period + ": sources disagree (" + low + " / " + high + " in the Unit column's unit)";
    }

    /** Between the regions or periods listed on 概览. */
    String listSeparator() { return t("、", ", "); }

    String joinNotes(List<String> notes) {
        return String.join(zh ? "；" : "; ", notes);
    }

    String disagreesElsewhere(String period) {
        return zh ? period + "：与其他来源不一致，见校验问题" : period + ": disagrees with another source, see Findings";
    }

    String target() { return t("（目标）", " (target)"); }

    String unknownPeriod() { return t("期间未知", "period unknown"); }

    String measure(Measure m) {
        if (m == null) {
            return "";
        }
        return switch (m) {
            case LEVEL -> t("总量", "level");
            case GROWTH -> t("增速", "growth");
            case CHANGE -> t("变化（百分点）", "change (points)");
            case SHARE -> t("占比", "share");
            case RATIO -> t("比值", "ratio");
            case MULTIPLE -> t("倍数", "multiple");
            case RANK -> t("位次", "rank");
            case INDEX -> t("指数", "index");
        };
    }

    // 概览
    String facts() { return t("事实", "Facts"); }
    String mentions() { return t("提及（行）", "Mentions (rows)"); }
    String mapped() { return t("已对应标准指标的事实", "Facts mapped to the catalogue"); }
    String disagreeing() { return t("来源不一致的事实", "Facts whose sources disagree"); }
    String regions() { return t("地区", "Regions"); }
    String periods() { return t("期间", "Periods"); }
    String regionPeriods() { return t("地区 × 期间", "Regions × periods"); }
    String rejected() { return t("拒绝记录", "Rejected records"); }
    String runStatus() { return t("运行状态", "Run status"); }
    String runStatusValue(String steps) {
        return zh ? "前序步骤已完成（" + steps + "），本工作簿由 export 步骤写出"
                : "earlier steps completed (" + steps + "); this workbook is written by the export step";
    }
}
