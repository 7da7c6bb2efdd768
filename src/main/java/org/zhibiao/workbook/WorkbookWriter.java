package org.zhibiao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhibiao.model.Fact;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;
import org.zhibiao.model.Severity;

/**
 * Streams the workbook of DESIGN.md: 概览, section sheets in taxonomy order, 校验问题, 拒绝记录, 运行信息.
 * Call in this order: {@link #indicators}, {@link #findings}, {@link #rejections}, then {@link #writeAtomically};
 * {@link #overview} and {@link #runInfo} at any time before {@link #writeAtomically} (they only keep the facts);
 * {@link #close} always (it deletes SXSSF's temp files).
 *
 * <p>Rows are streamed (SXSSF, a fixed window of rows per sheet in memory), so memory stays flat at any size;
 * what grows with the rows is only the id → row table that lets findings link to rows (see
 * {@link RowLocations}). The overview and run info are written last, from what was actually written, and the
 * sheets are put into contract order before writing. See docs/workbook.md.
 */
public final class WorkbookWriter implements ItemWorkbook<Indicator> {

    private final List<String> sections;
    private final WorkbookSettings settings;
    private final Labels labels;
    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final SheetNames names = new SheetNames();
    private final String overviewName;
    private final String findingsName;
    private final String rejectionsName;
    private final String runInfoName;
    private final String panelName;
    private final FactLabels factLabels;
    private FactTally factTally;
    private Table panelTable;
    private final Map<String, String> sectionSheetNames = new LinkedHashMap<>();
    private final SectionSheets sectionSheets;
    private final Map<String, Long> findingsBySeverity = new LinkedHashMap<>();
    private RunInfo overviewInfo;
    private RunInfo runInfo;
    private long findingCount;
    private long rejectionCount;
    private Table findingsTable;
    private Table rejectionsTable;
    private boolean finishing;
    private boolean finished;
    private final DisplayNames displayNames;

    /** @param sections section names in taxonomy order (未分类 last) */
    public WorkbookWriter(List<String> sections) {
        this(sections, WorkbookSettings.defaults());
    }

    public WorkbookWriter(List<String> sections, WorkbookSettings settings) {
        this(sections, settings, DisplayNames.NONE);
    }

    /** @param displayNames English names of sections and catalogue indicators, for an English workbook */
    public WorkbookWriter(List<String> sections, WorkbookSettings settings, DisplayNames displayNames) {
        this.sections = List.copyOf(sections);
        this.settings = settings;
        this.displayNames = displayNames;
        this.labels = new Labels(settings.language());
        // Inline strings, no shared-strings table: a table of every distinct sentence would grow with the rows.
        this.workbook = new FastDeflateWorkbook(settings.rowWindow(), settings.compressTempFiles());
        this.styles = new Styles(workbook);
        this.overviewName = names.assign(labels.overviewSheet());
        this.findingsName = names.assign(labels.findingsSheet());
        this.rejectionsName = names.assign(labels.rejectionsSheet());
        this.runInfoName = names.assign(labels.runInfoSheet());
        this.factLabels = new FactLabels(settings.language());
        this.panelName = names.assign(factLabels.panelSheet());
        for (String section : this.sections) {
            sectionSheetNames.put(section, names.assign(displayNames.section(section, settings.language())));
        }
        this.sectionSheets = new SectionSheets(workbook, styles, labels, settings, names, sectionSheetNames,
                displayNames);
    }

    /** Facts for 概览; the sheet is filled when the workbook is written, from what was actually written. */
    public void overview(RunInfo info) {
        this.overviewInfo = info;
    }

    /**
     * The ids the findings will name, given before the indicators: then only their rows are remembered for the
     * links of 校验问题, not every row written (a 2.4-million-row run: 228,000 ids instead of 2.4 million). Without
     * it every row is remembered.
     */
    public void linkTargets(long[] ids) {
        checkOpen();
        sectionSheets.rememberOnly(ids);
    }

    /**
     * Indicators sorted by section (taxonomy order), then file and line. May be called once per chunk; a
     * section that comes back later still lands on its own sheet.
     */
    public void indicators(Iterator<Indicator> rows) {
        checkOpen();
        while (rows.hasNext()) {
            sectionSheets.write(rows.next());
        }
    }

    /**
     * 面板, after all indicators (its cells link to their rows), once: the run's facts sorted by region,
     * indicator, measure, target or not, base unit and period ({@link PanelSheet}); {@code periods} sorted, the
     * period columns. Counts the facts for 概览 as they pass.
     */
    public void panel(List<String> periods, Iterator<Fact> facts) {
        checkOpen();
        if (panelTable != null) {
            throw new IllegalStateException("面板只能写一次 / the panel is written once");
        }
        panelTable = table(panelName, PanelSheet.widthCaps(periods.size())).limitLinks(settings.maxLinks());
        PanelSheet panel = new PanelSheet(panelTable, factLabels, displayNames, settings.language(), sectionSheets,
                periods,
                settings.maxRowsPerSheet());
        FactTally tally = new FactTally();
        panel.writeAll(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return facts.hasNext();
            }

            @Override
            public Fact next() {
                Fact f = facts.next();
                tally.add(f);
                return f;
            }
        });
        factTally = tally;
    }

    /** One indicator, as {@link #indicators} writes each: the item writer's way in (see {@link ItemWorkbook}). */
    @Override
    public void append(Indicator indicator) {
        checkOpen();
        sectionSheets.write(indicator);
    }

    /** Indicator rows written so far, on all section sheets. */
    @Override
    public long rowsWritten() {
        return sectionSheets.rowsWritten();
    }

    /** Findings, after all indicators (links need their rows); may be called once per chunk. */
    public void findings(Iterator<Finding> findings) {
        checkOpen();
        if (findingsTable == null) {
            findingsTable = table(findingsName, FindingsSheet.widthCaps()).limitLinks(settings.maxLinks());
            FindingsSheet.header(findingsTable, labels);
        }
        Iterator<Finding> counting = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return findings.hasNext();
            }

            @Override
            public Finding next() {
                Finding f = findings.next();
                String key = f.severity() == null ? "" : f.severity().label();
                findingsBySeverity.merge(key, 1L, Long::sum);
                return f;
            }
        };
        findingCount += FindingsSheet.write(findingsTable, labels, counting, sectionSheets);
    }

    /** Rejected input records; may be called once per chunk. */
    public void rejections(Iterator<Rejection> rejections) {
        checkOpen();
        if (rejectionsTable == null) {
            rejectionsTable = table(rejectionsName, RejectionsSheet.WIDTH_CAPS);
            RejectionsSheet.header(rejectionsTable, labels);
        }
        rejectionCount += RejectionsSheet.write(rejectionsTable, labels, rejections);
    }

    /** Facts for 运行信息 (also used for 概览 when {@link #overview} was not called). */
    public void runInfo(RunInfo info) {
        this.runInfo = info;
    }

    /**
     * Writes a new {@code .<name>.<random>.tmp} in the target's folder (created exclusively, so a link or file
     * planted under a temp name is never written through), forces it to disk and moves it over {@code target}
     * atomically: the rename replaces a link at {@code target}, it never writes into the link's target (plain
     * replace where the file system cannot rename atomically). On failure the temp file is removed and an
     * existing {@code target} is untouched. Temp files an earlier, killed write of the same workbook left are
     * removed first.
     */
    @Override
    public void writeAtomically(Path target) throws IOException {
        writeAtomically(target, UnaryOperator.identity());
    }

    /** As {@link #writeAtomically(Path)}; {@code wrap} lets a test break the output stream. */
    void writeAtomically(Path target, UnaryOperator<OutputStream> wrap) throws IOException {
        AtomicFile.write(target, out -> {
            finish();
            OutputStream wrapped = wrap.apply(out);
            workbook.write(wrapped);
            wrapped.flush();
        });
    }

    /** Deletes SXSSF's temp files; safe to call more than once. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cell styles created so far (they are shared; a test checks they stay few). */
    int stylesCreated() {
        return styles.count();
    }

    private void finish() {
        if (finished) {
            return;
        }
        if (finishing) {
            // half-finished sheets cannot be finished twice: the job reruns the export with a new writer
            throw new IllegalStateException("工作簿上次收尾失败，请用新的 WorkbookWriter 重写 / a previous write failed");
        }
        finishing = true;
        findings(List.<Finding>of().iterator());
        rejections(List.<Rejection>of().iterator());
        if (findingCount == 0) {
            findingsTable.text(findingsTable.row(), 0, labels.emptyFindings(), Styles.Fill.NONE, false);
        }
        if (rejectionCount == 0) {
            rejectionsTable.text(rejectionsTable.row(), 0, labels.emptyRejections(), Styles.Fill.NONE, false);
        }
        findingsTable.finish();
        rejectionsTable.finish();
        sectionSheets.finish();
        RunInfo facts = overviewInfo != null ? overviewInfo : runInfo != null ? runInfo : emptyInfo();
        Map<String, List<String>> bySection = sectionSheets.sheetsBySection();

        Table overview = table(overviewName, OverviewSheet.WIDTH_CAPS);
        Map<String, Long> sectionCounts = facts.sectionCounts() == null || facts.sectionCounts().isEmpty()
                ? writtenCounts(bySection) : facts.sectionCounts();
        Map<String, Long> severityCounts = facts.severityCounts() == null || facts.severityCounts().isEmpty()
                ? severityOrder(findingsBySeverity) : facts.severityCounts();
        // Each severity links to 校验问题, where the findings are, worst first.
        List<OverviewSheet.Line> severities = OverviewSheet.lines(severityCounts, Map.of(), labels, true).stream()
                .map(l -> new OverviewSheet.Line(l.label(), l.count(), findingsName, l.fill())).toList();
        OverviewSheet.write(overview, styles, labels, facts,
                OverviewSheet.lines(sectionCounts, bySection, labels, false).stream()
                        .map(l -> new OverviewSheet.Line(displayNames.section(l.label(), settings.language()),
                                l.count(), l.sheet(), l.fill())).toList(), severities,
                sectionSheets.withoutRegionAndPeriod(), new OverviewFacts(factLabels, factTally, facts));

        Table run = table(runInfoName, RunInfoSheet.WIDTH_CAPS);
        RunInfoSheet.write(run, styles, labels, runInfo != null ? runInfo : facts, sectionSheets.rowsWritten(),
                findingCount, rejectionCount, sectionSheets.rowsPerSheet());

        order(bySection);
        // POI marks the first sheet created as selected; two selected tabs open Excel in [Group] mode.
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(i == 0);
        }
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        properties(facts);
        finished = true;
    }

    /** Contract order: 概览, sections in taxonomy order (parts together), other sections, 未分类, 校验问题, 拒绝记录, 运行信息. */
    private void order(Map<String, List<String>> bySection) {
        List<String> order = new ArrayList<>();
        order.add(overviewName);
        for (String section : sectionOrder(bySection)) {
            order.addAll(bySection.get(section));
        }
        if (panelTable != null) {
            order.add(panelName);
        }
        order.add(findingsName);
        order.add(rejectionsName);
        order.add(runInfoName);
        for (int i = 0; i < order.size(); i++) {
            workbook.setSheetOrder(order.get(i), i);
        }
    }

    /** Sections that have rows: taxonomy order, then sections the taxonomy does not know, 未分类 last. */
    private List<String> sectionOrder(Map<String, List<String>> bySection) {
        List<String> order = new ArrayList<>();
        for (String section : sections) {
            if (bySection.containsKey(section) && !section.equals(SectionSheets.UNCLASSIFIED)) {
                order.add(section);
            }
        }
        for (String section : bySection.keySet()) {
            if (!sections.contains(section) && !section.equals(SectionSheets.UNCLASSIFIED)) {
                order.add(section);
            }
        }
        if (bySection.containsKey(SectionSheets.UNCLASSIFIED)) {
            order.add(SectionSheets.UNCLASSIFIED);
        }
        return order;
    }

    private void properties(RunInfo facts) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(labels.title() + (facts.runDate() == null ? "" : " " + facts.runDate()));
        core.setCreator("zhibiao");
        core.setCreated(Optional.of(new Date()));
        if (facts.runDate() != null) {
            core.setDescription(labels.runDate() + " " + facts.runDate());
        }
    }

    private Table table(String name, int[] widthCaps) {
        return new Table(workbook.createSheet(name), name, styles, settings.maxCellChars(), widthCaps);
    }

    private Map<String, Long> writtenCounts(Map<String, List<String>> bySection) {
        Map<String, Long> rows = sectionSheets.rowsPerSheet();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String section : sectionOrder(bySection)) {
            counts.put(section, bySection.get(section).stream().mapToLong(rows::get).sum());
        }
        return counts;
    }

    private static Map<String, Long> severityOrder(Map<String, Long> counted) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            ordered.put(s.label(), counted.getOrDefault(s.label(), 0L));
        }
        return ordered;
    }

    private static RunInfo emptyInfo() {
        return new RunInfo(null, 0, 0, List.of(), List.of(), Map.of(), Map.of());
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("workbook already written");
        }
    }

}
