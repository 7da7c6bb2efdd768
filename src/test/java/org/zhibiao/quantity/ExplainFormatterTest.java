package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ExplainFormatterTest {

    private final ExplainFormatter formatter = new ExplainFormatter();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void printsOneJsonObjectPerMentionWithPlainNumbers() throws Exception {
        String text = "主导设立24亿元产业发展母基金；“政银担”为36家中小微企业解决贷款9650万元。";
        String[] lines = formatter.toJsonLines(text).split("\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("\"normalized\":2400000000").doesNotContain("E+");
        JsonNode first = mapper.readTree(lines[0]);
        assertThat(first.get("text").asText()).isEqualTo("24亿元");
        assertThat(first.get("start").asInt()).isEqualTo(4);
        assertThat(first.get("end").asInt()).isEqualTo(8);
        assertThat(first.get("value").isNumber()).isTrue();
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo("24");
        assertThat(first.get("unit").asText()).isEqualTo("亿元");
        assertThat(first.get("baseUnit").asText()).isEqualTo("元");
        assertThat(first.get("qualifier").asText()).isEqualTo("EXACT");
        assertThat(first.get("kind").asText()).isEqualTo("MONEY");
        assertThat(first.get("status").asText()).isEqualTo("ACTUAL");
        assertThat(first.get("subject").asText()).isEqualTo("产业发展母基金");
        assertThat(first.has("valueHigh")).isFalse();
    }

    @Test
    void theSubjectIsTheNameAnAnalystFiltersOn() throws Exception {
        String text = "历下区地区生产总值同比增长6.1%，全区社会消费品零售总额比上年增加32亿元。";
        String[] lines = formatter.toJsonLines(text).split("\n");

        assertThat(lines).hasSize(2);
        assertThat(mapper.readTree(lines[0]).get("subject").asText()).isEqualTo("地区生产总值");
        assertThat(mapper.readTree(lines[0]).get("kind").asText()).isEqualTo("GROWTH_RATE");
        assertThat(mapper.readTree(lines[1]).get("subject").asText()).isEqualTo("社会消费品零售总额增加量");
    }

    @Test
    void aRangeCarriesItsHighEnd() throws Exception {
        JsonNode range = mapper.readTree(formatter.toJsonLines("项目总投资8.5亿元至10亿元").strip());

        assertThat(range.get("qualifier").asText()).isEqualTo("RANGE");
        assertThat(range.get("valueHigh").decimalValue()).isEqualByComparingTo("10");
        assertThat(range.get("normalized").decimalValue()).isEqualByComparingTo("850000000");
        assertThat(range.get("normalizedHigh").decimalValue()).isEqualByComparingTo("1000000000");
        assertThat(formatter.toJsonLines("项目总投资8.5亿元至10亿元")).contains("\"normalizedHigh\":1000000000");
    }

    @Test
    void smallDecimalsArePlainToo() {
        String line = formatter.toJsonLines("锑浓度均值0.0000033毫克/升").strip();

        assertThat(line).contains("\"value\":0.0000033").doesNotContain("E-");
    }

    @Test
    void noMentionsPrintNothing() {
        assertThat(formatter.toJsonLines("2021年是“十四五”开局之年")).isEmpty();
    }
}
