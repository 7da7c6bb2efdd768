package org.zhibiao.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/** Whatever the rows (nulls included), validation answers and its findings point at real rows. */
class ValidatorPropertyTest {

    private final Validator validator = new Validator();

    @Property(tries = 200)
    void findingsOnlyNameGivenRowsAndNeverComeFromABrokenRule(@ForAll("rows") List<Indicator> rows) {
        List<Indicator> withIds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            withIds.add(rows.get(i).withId(i + 1));
        }
        Set<Long> ids = withIds.stream().map(Indicator::id).collect(Collectors.toSet());

        List<Finding> findings = validator.validate(withIds);

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isNotEqualTo(Validator.RULE_FAILED);
            assertThat(f.indicatorIds()).isNotEmpty().allMatch(ids::contains);
            assertThat(f.message()).isNotBlank();
        });
        assertThat(Validator.annotate(withIds, findings)).hasSameSizeAs(withIds)
                .allSatisfy(i -> assertThat(i.check()).isNotNull());
    }

    @Provide
    Arbitrary<List<Indicator>> rows() {
        Arbitrary<String> subject = Arbitraries.of(null, "", "解决贷款", "新增解决贷款", "增长", "长者食堂", "完成率", "“”");
        Arbitrary<String> value = Arbitraries.of(null, "0", "-120", "3.5", "9650", "9560", "102", "1200", "0.001");
        Arbitrary<String> unit = Arbitraries.of(null, "", "万元", "%", "个", "万名", "坨");
        Arbitrary<Kind> kind = Arbitraries.of(Kind.class).injectNull(0.1);
        Arbitrary<Source> source = Arbitraries.of(Source.class).injectNull(0.1);
        Arbitrary<Qualifier> qualifier = Arbitraries.of(Qualifier.class).injectNull(0.1);
        Arbitrary<String> region = Arbitraries.of(null, "", "张店区", "淄博市张店区", "北京市");
        Arbitrary<Integer> year = Arbitraries.of(2021, 2024).injectNull(0.3);
        Arbitrary<Integer> line = Arbitraries.integers().between(0, 5);
        Arbitrary<Indicator> row = Combinators.combine(subject, value, unit, kind, source, qualifier, region, year)
                .as((s, v, u, k, src, q, reg, y) -> new Indicator(0, reg, y, "", s, v == null ? null : new BigDecimal(v),
                        v != null && q == Qualifier.RANGE ? new BigDecimal(v).add(BigDecimal.TEN) : null, u,
                        v == null ? null : new BigDecimal(v).multiply(u != null && u.startsWith("万")
                                ? BigDecimal.valueOf(10000) : BigDecimal.ONE),
                        u == null ? null : u.replace("万", "").replace("名", "人"), k, q, Status.ACTUAL, src,
                        s == null ? null : s + v + u, "f.md", 1, Severity.PASS, ""));
        return Combinators.combine(row, line).as((r, l) -> new Indicator(0, r.region(), r.year(), r.section(),
                r.subject(), r.value(), r.valueHigh(), r.unit(), r.normalized(), r.baseUnit(), r.kind(), r.qualifier(),
                r.status(), r.source(), r.sentence(), r.file(), l, r.check(), r.note())).list().ofMaxSize(40);
    }
}
