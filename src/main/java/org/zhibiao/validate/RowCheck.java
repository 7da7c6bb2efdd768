package org.zhibiao.validate;

import org.zhibiao.model.Severity;

/**
 * What the 校验 and 说明 columns show for one row: the worst severity of the findings that name the row,
 * and their messages (worst first, joined with "；"), in Chinese and in English ({@code --locale=en}).
 */
public record RowCheck(Severity severity, String note, String noteEn) {

    public static final RowCheck PASS = new RowCheck(Severity.PASS, "", "");

    /** A mark with no English text yet (the English note is then empty). */
    public RowCheck(Severity severity, String note) {
        this(severity, note, "");
    }
}
