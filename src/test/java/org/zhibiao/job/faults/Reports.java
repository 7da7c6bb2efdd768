package org.zhibiao.job.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small inputs the operational fault tests build for themselves: a report folder with figures in it. */
final class Reports {

    static final String RUN_DATE = "2021-12-31";

    private Reports() {
    }

    /** An input folder with one short report of a made-up district: three figures in two sentences. */
    static Path folderWithOneReport(Path parent) throws IOException {
        Path input = Files.createDirectories(parent.resolve("input"));
        Files.writeString(input.resolve("report.md"), """
                # 东湖区2021年政府工作报告

                ## 经济运行
                全年地区生产总值增长8.5%，一般公共预算收入12.3亿元。
                新增城镇就业1.2万人。
                """, StandardCharsets.UTF_8);
        return input;
    }

    static String[] command(Path input, Path output, String... more) {
        String[] base = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=" + RUN_DATE};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    static Path workbook(Path output) {
        return output.resolve("indicators-" + RUN_DATE + ".xlsx");
    }
}
