package org.zhibiao.workbook;

import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.zhibiao.model.Finding;
import org.zhibiao.workbook.SectionSheets.RowRef;
import org.zhibiao.workbook.Styles.Fill;

/** 校验问题: one row per finding, linked to the indicator rows it concerns. */
final class FindingsSheet {

    /** Links per finding; a finding about more rows says how many more there are. */
    static final int MAX_LINKS = 10;
    static final int MESSAGE = 2;
    static final int FIRST_LINK = 3;
    private static final int[] WIDTH_CAPS = {10, 28, 60, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24};

    private FindingsSheet() {
    }

    static void header(Table t, Labels labels) {
        t.header(labels.findingHeaders());
        t.fixWidth(MESSAGE);
    }

    /** Appends the findings below the header; returns how many there were. */
    static long write(Table t, Labels labels, Iterator<Finding> findings, SectionSheets rows) {
        long count = 0;
        while (findings.hasNext()) {
            Finding f = findings.next();
            Fill fill = SectionSheets.fill(f.severity());
            Row r = t.row();
            t.text(r, 0, labels.severity(f.severity()), fill, false);
            t.text(r, 1, f.rule(), fill, false);
            String message = t.text(r, MESSAGE, labels.findingMessage(f.rule(), f.message()), fill, true);
            List<Long> ids = f.indicatorIds();
            int shown = Math.min(ids.size(), MAX_LINKS);
            for (int i = 0; i < shown; i++) {
                long id = ids.get(i);
                RowRef ref = rows.locate(id);
                if (ref == null) {
                    t.text(r, FIRST_LINK + i, labels.missingRow(id), fill, false);
                } else {
                    t.link(r, FIRST_LINK + i, labels.rowRef(ref.sheet(), ref.excelRow()),
                            SheetNames.reference(ref.sheet(), "A" + ref.excelRow()), fill);
                }
            }
            if (ids.size() > shown) {
                t.text(r, FIRST_LINK + shown, "+" + (ids.size() - shown), fill, false);
            }
            if (ids.isEmpty()) {
                t.blank(r, FIRST_LINK, fill);
            }
            t.fitHeight(r, ColumnWidths.linesNeeded(message, t.width(MESSAGE)), SectionSheets.MAX_LINES);
            t.endRow();
            count++;
        }
        return count;
    }

    static int[] widthCaps() {
        return WIDTH_CAPS.clone();
    }
}
