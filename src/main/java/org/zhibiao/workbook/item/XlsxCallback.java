package org.zhibiao.workbook.item;

import java.io.IOException;

/**
 * Writes what is not an item, in the manner of FlatFileItemWriter's header and footer callbacks: a header
 * callback runs in {@link XlsxItemWriter#open} right after the workbook is made (sheets before the items', or
 * settings the rows need), a footer callback after the last item and before the file is written (summary sheets,
 * totals counted while the items passed). An exception fails the step and publishes nothing.
 *
 * @param <W> the workbook the callback writes into: {@link LayoutWorkbook} for a writer built with a
 *            {@link SheetLayout}, else the type the writer's workbook factory makes
 */
@FunctionalInterface
public interface XlsxCallback<W> {

    void write(W workbook) throws IOException;

    /** Does nothing. */
    static <W> XlsxCallback<W> none() {
        return workbook -> { };
    }
}
