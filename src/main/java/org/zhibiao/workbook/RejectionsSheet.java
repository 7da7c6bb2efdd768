package org.zhibiao.workbook;

import java.util.Iterator;
import org.apache.poi.ss.usermodel.Row;
import org.zhibiao.model.Rejection;
import org.zhibiao.workbook.Styles.Fill;

/** 拒绝记录: every input record that did not become an indicator, with its raw text and the reason. */
final class RejectionsSheet {

    static final int RAW = 2;
    static final int[] WIDTH_CAPS = {30, 8, 60, 36, 36};

    private RejectionsSheet() {
    }

    static void header(Table t, Labels labels) {
        t.header(labels.rejectionHeaders());
        t.fixWidth(RAW);
        t.fixWidth(3);
        t.fixWidth(4);
    }

    /** Appends the rejections below the header; returns how many there were. */
    static long write(Table t, Labels labels, Iterator<Rejection> rejections) {
        long count = 0;
        while (rejections.hasNext()) {
            Rejection rej = rejections.next();
            Row r = t.row();
            t.text(r, 0, rej.file(), Fill.NONE, false);
            t.plain(r, 1, rej.line(), Fill.NONE);
            String raw = t.text(r, RAW, rej.raw(), Fill.NONE, true);
            String reason = t.text(r, 3, rej.reason(), Fill.NONE, true);
            String reasonEn = t.text(r, 4, rej.reasonEn(), Fill.NONE, true);
            int lines = Math.max(ColumnWidths.linesNeeded(raw, t.width(RAW)),
                    Math.max(ColumnWidths.linesNeeded(reason, t.width(3)), ColumnWidths.linesNeeded(reasonEn, t.width(4))));
            t.fitHeight(r, lines, SectionSheets.MAX_LINES);
            t.endRow();
            count++;
        }
        return count;
    }
}
