package org.zhibiao.workbook.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A test item: one figure of one region; the region is its sheet. */
record Reading(String region, String name, BigDecimal value, Integer year, LocalDate published) {

    static final SheetLayout<Reading> LAYOUT = SheetLayout.<Reading>builder()
            .sheet(Reading::region)
            .text("指标", Reading::name)
            .number("数值", Reading::value)
            .integer("年份", Reading::year)
            .date("发布日期", Reading::published)
            .build();

    /** {@code count} readings, regions taking turns, each named after its position so order can be checked. */
    static List<Reading> interleaved(int count, String... regions) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            readings.add(new Reading(regions[i % regions.length], "item " + i, new BigDecimal(i + ".5"), 2000 + i,
                    LocalDate.of(2026, 1, 1).plusDays(i)));
        }
        return readings;
    }
}
