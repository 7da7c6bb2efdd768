package org.zhibiao.workbook;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.zhibiao.workbook.Styles.Fill;

/**
 * 概览: the run date, the input files, indicators per section with links to their sheets, findings per
 * severity, and a native bar chart of indicators per section. The chart lives on the SXSSF sheet's
 * underlying XSSF drawing (SXSSFDrawing cannot create charts); its data are cached in the chart and also
 * reference the table cells, so Excel, LibreOffice and WPS all draw it.
 */
final class OverviewSheet {

    static final int[] WIDTH_CAPS = {32, 40, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
    /** Input files listed by name; the rest are counted (all are in 运行信息). */
    static final int MAX_FILES_LISTED = 20;
    private static final int CHART_FIRST_COL = 3;
    private static final int CHART_LAST_COL = 15;

    /** One line of a count table: label, count, and the sheet it links to (or null). */
    record Line(String label, long count, String sheet, Fill fill) {
    }

    private OverviewSheet() {
    }

    /** @param gaps rows without region, rows without period; @param facts the facts lines */
    static void write(Table t, Styles styles, Labels labels, RunInfo info, List<Line> sections,
            List<Line> severities, long[] gaps, OverviewFacts facts) {
        Row title = t.row();
        Cell titleCell = title.createCell(0);
        titleCell.setCellValue(labels.title() + (info.runDate() == null ? "" : " " + info.runDate()));
        titleCell.setCellStyle(styles.title());
        title.setHeightInPoints(22);
        t.skipRow();

        Row date = t.row();
        t.label(date, 0, labels.runDate());
        if (info.runDate() != null) {
            Cell c = date.createCell(1);
            c.setCellValue(info.runDate());
            c.setCellStyle(styles.number(Fill.NONE, Styles.DATE));
        }
        Row generated = t.row();
        t.label(generated, 0, labels.generatedAt());
        Cell g = generated.createCell(1);
        g.setCellValue(LocalDateTime.now().withNano(0));
        g.setCellStyle(styles.number(Fill.NONE, Styles.DATE_TIME));
        t.sampleWidth(1, Styles.DATE_TIME.length() + 1);

        List<RunInfo.InputFile> inputs = info.inputs() == null ? List.of() : info.inputs();
        Row filesRow = t.row();
        t.label(filesRow, 0, labels.inputFiles());
        if (inputs.isEmpty()) {
            t.text(filesRow, 1, "—", Fill.NONE, false);
        }
        for (int i = 0; i < inputs.size() && i < MAX_FILES_LISTED; i++) {
            Row r = i == 0 ? filesRow : t.row();
            t.text(r, 1, inputs.get(i).name(), Fill.NONE, false);
        }
        if (inputs.size() > MAX_FILES_LISTED) {
            t.text(t.row(), 1, "… +" + (inputs.size() - MAX_FILES_LISTED) + " → " + labels.runInfoSheet(),
                    Fill.NONE, false);
        }
        t.skipRow();

        int sectionHeader = t.nextRow();
        countTable(t, labels, labels.section(), labels.indicatorCount(), sections);
        t.skipRow();
        countTable(t, labels, labels.severity(), labels.findingCount(), severities);
        t.skipRow();
        gapLine(t, labels.rowsWithoutRegion(), gaps[0], labels);
        gapLine(t, labels.rowsWithoutPeriod(), gaps[1], labels);
        facts.write(t);

        if (!sections.isEmpty()) {
            chart(t, labels, sections, sectionHeader);
        }
        t.finishPlain();
    }

    /** A count of rows whose region or period is unknown, linked to 校验问题 where they are listed. */
    private static void gapLine(Table t, String label, long count, Labels labels) {
        Row r = t.row();
        Fill fill = count > 0 ? Fill.WARNING : Fill.NONE;
        t.link(r, 0, label, SheetNames.reference(labels.findingsSheet(), "A1"), fill);
        t.integer(r, 1, count, fill);
    }

    private static void countTable(Table t, Labels labels, String what, String countTitle, List<Line> lines) {
        Row h = t.row();
        t.headerCell(h, 0, what);
        t.headerCell(h, 1, countTitle);
        long total = 0;
        for (Line line : lines) {
            Row r = t.row();
            // 错误 and 警告 carry the colours of the rows they stand for, only when there are some
            Fill fill = line.count() > 0 ? line.fill() : Fill.NONE;
            if (line.sheet() != null) {
                t.link(r, 0, line.label(), SheetNames.reference(line.sheet(), "A1"), fill);
            } else {
                t.text(r, 0, line.label(), fill, false);
            }
            t.integer(r, 1, line.count(), fill);
            total += line.count();
        }
        Row sum = t.row();
        t.label(sum, 0, labels.total());
        t.integer(sum, 1, total, Fill.NONE);
    }

    /** A column chart of indicators per section next to the tables. */
    private static void chart(Table t, Labels labels, List<Line> sections, int headerRow) {
        t.sheet.createDrawingPatriarch();
        XSSFDrawing drawing = t.sheet.getDrawingPatriarch();
        int height = Math.max(16, sections.size() * 2 + 6);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COL, 2, CHART_LAST_COL, 2 + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(labels.chartTitle());
        chart.setTitleOverlay(false);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);

        String[] names = new String[sections.size()];
        Long[] counts = new Long[sections.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = sections.get(i).label();
            counts[i] = sections.get(i).count();
        }
        int first = headerRow + 1;
        int last = headerRow + names.length;
        XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(names,
                new CellRangeAddress(first, last, 0, 0).formatAsString(t.name, true));
        XDDFNumericalDataSource<Long> y = XDDFDataSourcesFactory.fromArray(counts,
                new CellRangeAddress(first, last, 1, 1).formatAsString(t.name, true));

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(x, y);
        series.setTitle(labels.indicatorCount(), new CellReference(t.name, headerRow, 1, true, true));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }

    /** Counts from RunInfo (the caller's contract) in their order, with links to the sheets that exist. */
    static List<Line> lines(Map<String, Long> counts, Map<String, List<String>> sheets, Labels labels,
            boolean severityKeys) {
        List<Line> lines = new ArrayList<>();
        counts.forEach((key, count) -> {
            List<String> parts = sheets.get(key);
            String sheet = parts == null || parts.isEmpty() ? null : parts.get(0);
            Fill fill = severityKeys ? SectionSheets.fill(Labels.severityOf(key)) : Fill.NONE;
            lines.add(new Line(severityKeys ? labels.severityKey(key) : key, count == null ? 0 : count, sheet, fill));
        });
        return lines;
    }
}
