package org.zhibiao.validate;

import java.util.List;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;

/**
 * One check over all indicators of a run. Rules group rows by hash keys so that a run of tens of
 * thousands of indicators stays near-linear; they never throw on odd rows (nulls, empty subjects).
 */
public interface ValidationRule {

    /** Stable name for logs and the error finding if the rule itself fails. */
    String name();

    List<Finding> check(List<Indicator> indicators, Subjects subjects);
}
