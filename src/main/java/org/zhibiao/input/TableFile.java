package org.zhibiao.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhibiao.csv.CsvResult;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;

/**
 * Reads one CSV table for staging; bad rows become rejections and the counts reconcile per file. A table that
 * cannot be read at all (missing, too large, a reader defect) is one record, rejected, never a failed run.
 */
public final class TableFile {

    private static final Logger log = LoggerFactory.getLogger(TableFile.class);

    public static final String KIND = "CSV";

    private TableFile() {
    }

    /** Reads {@code file} of {@code inputDir} as it is now; never throws for anything the file holds. */
    public static FileOutcome read(Path inputDir, String file, CsvTableReader reader, UnaryOperator<Indicator> classifier,
            long maxFileBytes) {
        return read(inputDir, file, reader, classifier, ReportFile.Limits.DEFAULT.withMaxFileBytes(maxFileBytes));
    }

    /** As above, within {@code limits} (file size, and rows per file: more are cut with a marker). */
    public static FileOutcome read(Path inputDir, String file, CsvTableReader reader, UnaryOperator<Indicator> classifier,
            ReportFile.Limits limits) {
        return read(inputDir, file, reader, new FileFacts.Given(null, null, null, null), classifier, limits);
    }

    /** As above, with what --file-facts gives for the file (a table's indicator and unit when it names none). */
    public static FileOutcome read(Path inputDir, String file, CsvTableReader reader, FileFacts.Given given,
            UnaryOperator<Indicator> classifier, ReportFile.Limits limits) {
        long maxFileBytes = limits.maxFileBytes();
        Optional<ListedFile.Refusal> refusal = ListedFile.check(inputDir, file, InputFolder.Kind.CSV, maxFileBytes);
        if (refusal.isPresent()) {
            return rejected(file, refusal.get().bytes(), "", refusal.get().reason(), refusal.get().reasonEn());
        }
        Path path = InputFolder.resolve(inputDir, file);
        byte[] content;
        long bytes;
        String sha;
        try {
            // read once: the digest and the table come from the same bytes
            content = Files.readAllBytes(path);
            bytes = content.length;
            sha = FileDigest.sha256(content);
        } catch (NoSuchFileException e) {
            ListedFile.Refusal gone = ListedFile.gone().orElseThrow();
            return rejected(file, 0, "", gone.reason(), gone.reasonEn());
        } catch (IOException e) {
            return rejected(file, 0, "", "无法读取文件：" + e, "cannot read file: " + e);
        }
        CsvResult result;
        List<Indicator> rows;
        try {
            result = cut(reader.read(content, file, null, given.indicator(), given.unit()), limits.maxIndicators());
            rows = result.indicators().stream().map(classifier).toList();
        } catch (RuntimeException | StackOverflowError e) {
            // A defect met on one odd table must not lose the other files of the night: keep it visible instead.
            log.error("load of {} failed with an internal error", file, e);
            return rejected(file, bytes, sha, "内部错误，表格未能读取：" + e, "internal error, table not read: " + e);
        }
        List<Rejection> rejections = new ArrayList<>(result.rejections());
        long rejected = rejections.size();
        long read = result.recordsRead();
        long unaccounted = read - rows.size() - rejected - result.skipped();
        if (unaccounted > 0) {
            // The reader lost records: count them as rejected and say so in 拒绝记录, never lose them silently.
            log.error("table {}: reader counts do not reconcile: read {} > written {} + rejected {} + skipped {}",
                    file, read, rows.size(), rejected, result.skipped());
            rejections.add(new Rejection(file, 0, "", unaccounted + " 条记录已读取但既未写入也未拒绝（读取 " + read
                    + "，写入 " + rows.size() + "，拒绝 " + rejected + "，跳过 " + result.skipped() + "）",
                    unaccounted + " records read but neither written nor rejected (read " + read + ", written "
                            + rows.size() + ", rejected " + rejected + ", skipped " + result.skipped() + ")"));
            rejected += unaccounted;
        } else if (unaccounted < 0) {
            // More came out than went in: nothing is lost, but the read count is corrected so the row adds up.
            log.error("table {}: reader counted {} records read, but gave {} rows, {} rejections, {} skipped",
                    file, read, rows.size(), rejected, result.skipped());
            read = rows.size() + rejected + result.skipped();
        }
        if (rejected > 0) {
            log.warn("table {}: {} of {} records rejected", file, rejected, read);
        }
        return new FileOutcome(new InputFileFacts(file, KIND, bytes, sha, read, rows.size(), rejected, result.skipped(),
                rows.size()), rows, rejections);
    }

    /**
     * A table that gives more rows than the limit keeps those of the lines before the one that would exceed it;
     * the rest is one record, rejected with a marker row that says how much was not written and which setting
     * raises the limit (so read = written + rejected + skipped still holds).
     */
    static CsvResult cut(CsvResult result, int maxIndicators) {
        List<Indicator> all = result.indicators();
        if (all.size() <= maxIndicators) {
            return result;
        }
        int cutLine = all.get(maxIndicators).line();
        List<Indicator> kept = all.stream().filter(i -> i.line() < cutLine).toList();
        int dropped = all.size() - kept.size();
        String setting = "zhibiao.max-indicators-per-file";
        int raise = maxIndicators * 4;
        List<Rejection> rejections = new ArrayList<>(result.rejections());
        rejections.add(new Rejection(result.file(), cutLine, "", "第 " + cutLine + " 行起的 " + dropped
                + " 个数值未写入：本文件超过每个文件 " + maxIndicators + " 个指标的上限（" + setting + "），已写入前 "
                + kept.size() + " 个。如需读取全部，请提高上限后以 --rerun 重新运行，如加上 --" + setting + "=" + raise,
                dropped + " values from line " + cutLine + " on not written: the file gives more than " + maxIndicators
                        + " indicators, the limit per file (" + setting + "); the first " + kept.size()
                        + " were written. To read it all, raise the limit and run again with --rerun, e.g. add --"
                        + setting + "=" + raise));
        log.warn("table {} cut at line {}: more than {} indicators ({}); {} values not written", result.file(),
                cutLine, maxIndicators, setting, dropped);
        return new CsvResult(result.file(), kept, rejections, result.recordsRead() - dropped + 1, result.skipped());
    }

    private static FileOutcome rejected(String file, long bytes, String sha, String reason, String reasonEn) {
        log.warn("table {} rejected: {} / {}", file, reason, reasonEn);
        return new FileOutcome(new InputFileFacts(file, KIND, bytes, sha, 1, 0, 1, 0, 0), List.of(),
                List.of(new Rejection(file, 0, "", reason, reasonEn)));
    }
}
