package org.zhibiao.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The documents that have a golden list, with the scores each must reach. */
enum GoldenDocuments {
    SAMPLE("/golden/zhangdian-2021.tsv", "/corpus/zhangdian-2021-achievements.md", 0.97, true),
    GUANGMING("/golden/028_guangming.tsv", "/corpus/reports/028_guangming_shenzhen_2022_news_h1_economy.txt",
            0.90, false),
    HAILAR("/golden/002_hailar_2014.tsv", "/corpus/reports/002_hailar_2014_gov_work_report.txt", 0.90, false),
    SHIJIAZHUANG("/golden/016_shijiazhuang.tsv",
            "/corpus/reports/016_shijiazhuang_2025_statistical_communique.txt", 0.90, false);

    final String goldenResource;
    final String sourceResource;
    /** Minimum precision and recall. */
    final double minimum;
    /** Whether every row names its section and section accuracy is asserted. */
    final boolean sectioned;

    GoldenDocuments(String goldenResource, String sourceResource, double minimum, boolean sectioned) {
        this.goldenResource = goldenResource;
        this.sourceResource = sourceResource;
        this.minimum = minimum;
        this.sectioned = sectioned;
    }

    GoldenList golden() {
        return GoldenList.fromResource(goldenResource);
    }

    String fileName() {
        return sourceResource.substring(sourceResource.lastIndexOf('/') + 1);
    }

    String source() {
        try (InputStream in = GoldenDocuments.class.getResourceAsStream(sourceResource)) {
            if (in == null) {
                throw new IllegalStateException("no such resource: " + sourceResource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source split into lines as the golden lists count them (1-based line n is element n - 1). */
    List<String> sourceLines() {
        return List.of(source().split("\\R", -1));
    }
}
