package org.zhibiao.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.model.Status;
import org.zhibiao.text.Document;
import org.zhibiao.text.Sentence;

/**
 * One document's periods, read in sentence order (a period that opens a sentence carries on to the next sentences
 * of its paragraph: 一季度全市实现… 其中，一产实现增加值…): its own (the data year, or the part of it its title names: 2022年上半年… is 2022H1),
 * the year its relative words count from (a work report is written the year after the one it reviews), and the
 * year its plan part aims at: a target under a plan heading belongs to the year that heading names (2014年工作安排),
 * else to the year the report is written in (next year for a work report, the same year for a news article's
 * 下半年工作安排). A sentence's own time expression overrides all of these.
 */
final class Periods {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private final PeriodResolver.Period document;
    private final Integer dataYear;
    private final Integer speakingYear;
    private int paragraphLine = -1;
    private PeriodResolver.Period paragraph;

    private Periods(PeriodResolver.Period document, Integer dataYear, Integer speakingYear) {
        this.document = document;
        this.dataYear = dataYear;
        this.speakingYear = speakingYear;
    }

    static Periods of(Document document, Integer dataYear) {
        Integer speaking = dataYear == null ? null
                : DocumentFacts.isWorkReport(document) ? Integer.valueOf(dataYear + 1) : dataYear;
        return new Periods(PeriodResolver.ofDocument(document.title(), dataYear), dataYear, speaking);
    }

    /** The period of the figure starting at {@code start} in the sentence, with the row's settled status. */
    PeriodResolver.Period of(Sentence sentence, int start, Status status) {
        PeriodResolver.Period opening = PeriodResolver.opening(sentence.text(), dataYear, speakingYear);
        if (sentence.line() != paragraphLine || opening != null) {
            paragraphLine = sentence.line();
            paragraph = opening;
        }
        PeriodResolver.Period fallback = paragraph != null ? paragraph : document;
        if (status == Status.TARGET) {
            Integer planYear = planYear(sentence.headingPath());
            if (planYear != null) {
                fallback = PeriodResolver.Period.year(planYear);
            } else if (fallback != null) {
                // a target in a report on part of the year (光明区还将…) aims at the whole year
                fallback = PeriodResolver.Period.year(fallback.lastYear());
            }
        }
        return PeriodResolver.resolve(sentence.text(), start, fallback, dataYear, speakingYear);
    }

    /** The year a plan heading aims at; null when the sentence is not in a plan part. */
    private Integer planYear(List<String> headingPath) {
        for (String heading : headingPath) {
            if (PlanHeadings.isPlan(heading, dataYear)) {
                Matcher named = YEAR.matcher(heading);
                if (named.find()) {
                    return Integer.valueOf(named.group(1));
                }
                return speakingYear;
            }
        }
        return null;
    }
}
