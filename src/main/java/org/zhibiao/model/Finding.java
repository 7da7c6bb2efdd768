package org.zhibiao.model;

import java.util.List;

/**
 * A doubt about one or more indicators.
 *
 * @param rule         stable rule code, e.g. SUMMARY_BODY_MISMATCH
 * @param message      Chinese message naming both figures
 * @param indicatorIds staging ids of the rows it concerns (first is the primary row)
 */
public record Finding(Severity severity, String rule, String message, List<Long> indicatorIds) {
    public Finding {
        indicatorIds = List.copyOf(indicatorIds);
    }
}
