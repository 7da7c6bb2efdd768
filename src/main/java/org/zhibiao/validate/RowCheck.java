package org.zhibiao.validate;

import org.zhibiao.model.Severity;

/**
 * What the 校验 and 说明 columns show for one row: the worst severity of the findings that name the row,
 * and their messages (worst first, joined with "；").
 */
public record RowCheck(Severity severity, String note) {

    public static final RowCheck PASS = new RowCheck(Severity.PASS, "");
}
