package org.zhibiao.workbook;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.zhibiao.workbook.Styles.Fill;

/**
 * 运行信息: what an operator needs to trust or rerun the run: run date, job ids, every step execution,
 * counts, and each input file with size, SHA-256 and its reconciliation (read = written + rejected + skipped).
 */
final class RunInfoSheet {

    /** Column A names things, the narrow count columns line up across tables, the long SHA-256 comes last. */
    static final int[] WIDTH_CAPS = {34, 16, 14, 12, 12, 12, 12, 40, 66, 12};

    private RunInfoSheet() {
    }

    static void write(Table t, Styles styles, Labels labels, RunInfo info, long indicators, long findings,
            long rejections, Map<String, Long> rowsPerSheet) {
        Row title = t.row();
        t.label(title, 0, labels.runInfoSheet());
        t.skipRow();

        Row date = t.row();
        t.label(date, 0, labels.runDate());
        if (info.runDate() != null) {
            date.createCell(1).setCellValue(info.runDate());
            date.getCell(1).setCellStyle(styles.number(Fill.NONE, Styles.DATE));
            t.sampleWidth(1, 11);
        }
        keyValue(t, labels.jobInstance(), info.jobInstanceId());
        keyValue(t, labels.jobExecution(), info.jobExecutionId());
        keyValue(t, labels.indicatorsWritten(), indicators);
        keyValue(t, labels.findingsWritten(), findings);
        keyValue(t, labels.rejectionsWritten(), rejections);
        t.skipRow();

        t.label(t.row(), 0, labels.steps());
        t.header(labels.stepHeaders());
        List<RunInfo.StepFact> steps = info.steps() == null ? List.of() : info.steps();
        for (RunInfo.StepFact s : steps) {
            Row r = t.row();
            t.text(r, 0, s.step(), Fill.NONE, false);
            t.plain(r, 1, s.executionId(), Fill.NONE);
            boolean writing = RunInfo.StepFact.WRITING.equals(s.status());
            Fill fill = "COMPLETED".equals(s.status()) || writing ? Fill.NONE : Fill.WARNING;
            t.text(r, 2, writing ? labels.writingThisWorkbook() : s.status(), fill, false);
            t.integer(r, 3, s.read(), Fill.NONE);
            t.integer(r, 4, s.written(), Fill.NONE);
            t.integer(r, 5, s.skipped(), Fill.NONE);
            if (s.duration() != null) {
                t.number(r, 6, s.duration().toMillis() / 1000.0, Styles.thousands(1), Fill.NONE);
            }
            t.endRow();
        }
        t.skipRow();

        List<String> warnings = info.warnings() == null ? List.of() : info.warnings();
        if (!warnings.isEmpty()) {
            t.label(t.row(), 0, labels.settingsWarnings());
            for (String warning : warnings) {
                Row r = t.row();
                t.text(r, 0, warning, Fill.WARNING, false);
                t.endRow();
            }
            t.skipRow();
        }

        t.label(t.row(), 0, labels.inputFiles());
        t.header(labels.inputHeaders());
        List<RunInfo.InputFile> inputs = info.inputs() == null ? List.of() : info.inputs();
        for (RunInfo.InputFile f : inputs) {
            long difference = f.read() - f.written() - f.rejected() - f.skipped();
            Fill fill = difference == 0 ? Fill.NONE : Fill.ERROR;
            Row r = t.row();
            t.text(r, 0, f.name(), fill, false);
            t.text(r, 1, f.kind(), fill, false);
            t.integer(r, 2, f.bytes(), fill);
            t.integer(r, 3, f.read(), fill);
            t.integer(r, 4, f.written(), fill);
            t.integer(r, 5, f.rejected(), fill);
            t.integer(r, 6, f.skipped(), fill);
            t.text(r, 7, difference == 0 ? labels.balanced() : labels.unbalanced(difference), fill, false);
            t.text(r, 8, f.sha256(), fill, false);
            t.integer(r, 9, f.indicators(), fill);
            t.endRow();
        }
        t.skipRow();

        t.label(t.row(), 0, labels.sheetNote());
        t.header(labels.sheetHeaders());
        rowsPerSheet.forEach((sheet, rows) -> {
            Row r = t.row();
            t.text(r, 0, sheet, Fill.NONE, false);
            t.integer(r, 1, rows, Fill.NONE);
        });
        t.finishPlain();
    }

    private static void keyValue(Table t, String key, long value) {
        Row r = t.row();
        t.label(r, 0, key);
        t.plain(r, 1, value, Fill.NONE);
    }
}
