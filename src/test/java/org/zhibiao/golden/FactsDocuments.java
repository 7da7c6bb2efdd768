package org.zhibiao.golden;


/**
 * The documents that have a golden facts list (docs/golden.md, "Facts lists"), and whether the list is held
 * out: held-out lists measure the pipeline on documents the code branches did not tune on.
 */
enum FactsDocuments implements CorpusDocument {
    SAMPLE("zhangdian-2021", "/corpus/zhangdian-2021-achievements.md", false),
    GUANGMING("028_guangming", "/corpus/reports/028_guangming_shenzhen_2022_news_h1_economy.txt", false),
    HAILAR("002_hailar_2014", "/corpus/reports/002_hailar_2014_gov_work_report.txt", false),
    SHIJIAZHUANG("016_shijiazhuang", "/corpus/reports/016_shijiazhuang_2025_statistical_communique.txt", true),
    GUANGDONG("007_guangdong_2026", "/corpus/reports/007_guangdong_2026_gov_work_report.txt", true),
    NATIONAL_CONGRESS("027_national_2022",
            "/corpus/reports/027_national_2022_party_congress_report_20th.txt", true),
    QUANZHOU("017_quanzhou_2025", "/corpus/reports/017_quanzhou_2025_statistical_communique.txt", true);

    final String factsResource;
    final String sourceResource;
    final boolean heldOut;

    FactsDocuments(String list, String sourceResource, boolean heldOut) {
        this.factsResource = "/golden/facts/" + list + ".tsv";
        this.sourceResource = sourceResource;
        this.heldOut = heldOut;
    }

    GoldenFacts facts() {
        return GoldenFacts.fromResource(factsResource);
    }

    @Override
    public String sourceResource() {
        return sourceResource;
    }
}
