package org.zhibiao.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Subject similarity: the same indicator worded by an extractor in different ways scores >= 0.6. */
class SubjectsTest {

    private final Subjects subjects = new Subjects();

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "解决贷款, 解决贷款, true",
            "“政银担”为36家中小微企业解决贷款, 解决贷款, true",
            "新增综合养老服务中心, 综合养老服务中心, true",
            "一般公共预算收入增长, 一般公共预算收入同比增长, true",
            "外贸进出口总额, 预计外贸进出口总额完成, true",
            "实际使用外资, 外贸进出口总额, false",
            "长者食堂, 综合养老服务中心, false",
            "税收收入, 一般公共预算收入, false",
            "'', 解决贷款, false",
            "贷, 解决贷款, false"})
    void likeSubjectsScoreAtLeastSame(String a, String b, boolean same) {
        assertThat(subjects.similarity(a, b) >= Subjects.SAME).isEqualTo(same);
        assertThat(subjects.similarity(a, b)).isEqualTo(subjects.similarity(b, a));
    }
}
