package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Status;

/** Headings of real work reports (corpus/reports) that open the plan for the coming year, and some that do not. */
class PlanHeadingsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            二、2014年工作安排                          | 2013 | TARGET
            今年政府工作的总体要求                      | 2013 | TARGET
            二、2026年主要目标任务和重点工作            | 2025 | TARGET
            一、2013年工作回顾                          | 2013 | ACTUAL
            一、“十四五”时期和2025年工作回顾           | 2025 | ACTUAL
            （一）狠抓投资和项目建设，全力以赴保增长    | 2013 | ACTUAL
            着力提升城市品质 努力建设宜居城区           | 2021 | ACTUAL
            """)
    void planHeadingsMakeAchievedReadingsTargets(String heading, int dataYear, Status expected) {
        assertThat(PlanHeadings.status(List.of(heading), Status.ACTUAL, dataYear)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ESTIMATE", "TARGET"})
    void aSentenceThatSaysMoreThanAchievedKeepsItsStatus(Status fromSentence) {
        assertThat(PlanHeadings.status(List.of("二、2014年工作安排"), fromSentence, 2013)).isEqualTo(fromSentence);
    }
}
