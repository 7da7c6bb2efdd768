package org.zhibiao.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.model.Status;

/**
 * A work report's second half plans the coming year under headings such as 二、2014年工作安排 or 今年的主要任务;
 * its figures are aims even where a sentence says only 地区生产总值增长11%. A heading decides when the sentence
 * itself reads as achieved (ACTUAL): 预计 and explicit targets stay as the sentence says.
 */
final class PlanHeadings {

    private static final Pattern PLAN = Pattern.compile(
            "工作安排|工作部署|工作打算|工作思路|主要任务|重点任务|目标任务|预期目标|主要目标|发展目标|总体要求|重点工作|工作建议");
    private static final Pattern REVIEW = Pattern.compile("回顾|过去|成绩|成就|取得|完成情况");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2}|19\\d{2})年");

    private PlanHeadings() {
    }

    static Status status(List<String> headingPath, Status fromSentence, Integer dataYear) {
        if (fromSentence != Status.ACTUAL) {
            return fromSentence;
        }
        for (String heading : headingPath) {
            if (isPlan(heading, dataYear)) {
                return Status.TARGET;
            }
        }
        return fromSentence;
    }

    static boolean isPlan(String heading, Integer dataYear) {
        if (heading == null || REVIEW.matcher(heading).find()) {
            return false;
        }
        if (PLAN.matcher(heading).find()) {
            return true;
        }
        Matcher year = YEAR.matcher(heading);
        return dataYear != null && year.find() && Integer.parseInt(year.group(1)) > dataYear
                && heading.contains("工作");
    }
}
