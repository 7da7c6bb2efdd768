package org.zhibiao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The raw floor of a run: read the same bytes and write the same number of rows (the 16 columns of a section
 * sheet, with the input's own lines as 原文) with bare POI SXSSF, to a temp file moved into place, as the job
 * does. No parsing, no extraction, no database, no framework: what no implementation of the job can beat on
 * this machine. Rows are spread over the files in proportion, so reading and writing interleave in one pass
 * and memory stays flat.
 *
 * <p>Usage: {@code Floor <input-dir> <output.xlsx> <rows>}; prints {@code floor rows=R bytes=B seconds=S}.
 */
public final class Floor {

    /** Excel's last row is 1,048,576; one header row per sheet. */
    static final int ROWS_PER_SHEET = 1_048_575;
    static final int MAX_CELL = 32_767;
    static final String[] HEADERS = {"地区", "年份", "指标", "数值", "单位", "标准数值", "标准单位", "类型", "限定", "状态",
        "来源", "原文", "文件", "行号", "校验", "说明"};

    private Floor() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path target = Path.of(args[1]);
        long rows = Long.parseLong(args[2]);
        boolean fastDeflate = args.length > 3 && args[3].equals("fast-deflate");
        long start = System.nanoTime();
        long bytes = run(input, target, rows, fastDeflate);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("floor rows=%d bytes=%d seconds=%.3f%n", rows, bytes, seconds);
    }

    /**
     * Returns the bytes read. {@code fastDeflate}: the .xlsx at deflate level 1, as the job writes it (POI's
     * default is 6), for a floor that compresses no harder than the job.
     */
    static long run(Path input, Path target, long rows, boolean fastDeflate) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(input)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        long bytes = 0;
        try (SXSSFWorkbook workbook = fastDeflate ? new FastSXSSF() : new SXSSFWorkbook(100)) {
            Sheets sheets = new Sheets(workbook);
            long written = 0;
            for (int k = 0; k < files.size(); k++) {
                Path file = files.get(k);
                byte[] content = Files.readAllBytes(file);
                bytes += content.length;
                long share = (k + 1) * rows / files.size() - written;
                if (share == 0) {
                    continue;
                }
                List<String> lines = lines(new String(content, StandardCharsets.UTF_8));
                String name = file.getFileName().toString();
                for (long r = 0; r < share; r++) {
                    int index = (int) (r % lines.size());
                    sheets.write(name, index + 1, lines.get(index), written + r);
                }
                written += share;
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                workbook.write(out);
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return bytes;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.length() > MAX_CELL ? line.substring(0, MAX_CELL) : line);
            }
        }
        if (lines.isEmpty()) {
            lines.add(text);
        }
        return lines;
    }

    /** Bare SXSSF, only the zip's deflate level changed. */
    private static final class FastSXSSF extends SXSSFWorkbook {
        FastSXSSF() {
            super(100);
        }

        @Override
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                OutputStream out) {
            var zip = super.createArchiveOutputStream(out);
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            return zip;
        }
    }

    /** Section-sheet rows, a new sheet whenever one is full. */
    private static final class Sheets {
        private final SXSSFWorkbook workbook;
        private SXSSFSheet sheet;
        private int next;

        Sheets(SXSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        void write(String file, int line, String sentence, long n) {
            if (sheet == null || next > ROWS_PER_SHEET) {
                sheet = workbook.createSheet("产业基础" + (workbook.getNumberOfSheets() + 1));
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADERS.length; c++) {
                    header.createCell(c).setCellValue(HEADERS[c]);
                }
                next = 1;
            }
            Row row = sheet.createRow(next++);
            double value = 1 + (n % 9973) / 10.0;
            int c = 0;
            text(row, c++, "临淄区");
            row.createCell(c++).setCellValue(2021);
            text(row, c++, sentence.substring(0, Math.min(12, sentence.length())));
            row.createCell(c++).setCellValue(value);
            text(row, c++, "亿元");
            row.createCell(c++).setCellValue(value * 1e8);
            text(row, c++, "元");
            text(row, c++, "金额");
            text(row, c++, "精确");
            text(row, c++, "实际");
            text(row, c++, "正文");
            text(row, c++, sentence);
            text(row, c++, file);
            row.createCell(c++).setCellValue(line);
            text(row, c++, "通过");
            text(row, c, "");
        }

        private static void text(Row row, int column, String value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
        }
    }
}
