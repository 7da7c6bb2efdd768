package org.zhibiao.workbook;

import java.util.HashSet;
import java.util.Set;
import org.zhibiao.model.Fact;

/**
 * What 概览 says of the facts, counted as they stream past to 面板: facts, mentions, mapped and disagreeing facts,
 * and the regions, periods and region × period pairs covered (few: a run covers some regions and years).
 */
final class FactTally {

    long facts;
    long mentions;
    long mapped;
    long disagreeing;
    final Set<String> regions = new HashSet<>();
    final Set<String> periods = new HashSet<>();
    final Set<String> regionPeriods = new HashSet<>();

    void add(Fact f) {
        facts++;
        mentions += f.mentions();
        if (f.code() != null) {
            mapped++;
        }
        if (f.disagrees()) {
            disagreeing++;
        }
        String region = f.region() == null ? "" : f.region();
        String period = f.period() == null ? "" : f.period();
        if (!region.isEmpty()) {
            regions.add(region);
        }
        if (!period.isEmpty()) {
            periods.add(period);
        }
        if (!region.isEmpty() && !period.isEmpty()) {
            regionPeriods.add(region + '\u0000' + period);
        }
    }
}
