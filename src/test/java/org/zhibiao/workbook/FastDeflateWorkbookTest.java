package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The faster SXSSF writes the same sheet XML as POI's own: escaping compared byte for byte (after the UTF-8
 * encoder, which is where POI's unpaired surrogates become '?'), and a workbook read back.
 */
class FastDeflateWorkbookTest {

    @TempDir
    Path folder;

    /** POI's own escaping, reached through a subclass (the method is protected). */
    private static final class Poi extends SheetDataWriter {
        Poi(Writer out) throws IOException {
            super(out);
        }

        void escape(String s) throws IOException {
            outputEscapedString(s);
            _out.flush();
        }
    }

    private static byte[] poi(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Poi poi = new Poi(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        poi.escape(s);
        poi.escape("</t>"); // a trailing lone surrogate meets the next tag, as in a sheet
        return bytes.toByteArray();
    }

    private static byte[] ours(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            FastDeflateWorkbook.escape(s, out);
            FastDeflateWorkbook.escape("</t>", out);
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "地区生产总值增长8.1%", "<a href=\"x\">&amp;</a>", "line\nbreak\r\ttab",
        "\u00a0nbsp\u00a0", "\u0001\u001f\u007f", "\ufffe\uffff\ufffd", "😀 emoji 𠀋", "\ud83d", "x\ud83d", "\ude00x",
        "\ude00\ud83d", "\ud83d\ud83d\ude00", "=SUM(A1)", "'quote'"})
    void escapesAsPoiDoes(String s) throws IOException {
        assertThat(new String(ours(s), StandardCharsets.UTF_8)).isEqualTo(new String(poi(s), StandardCharsets.UTF_8));
        assertThat(ours(s)).isEqualTo(poi(s));
    }

    @Test
    void escapesRandomTextAsPoiDoes() throws IOException {
        char[] alphabet = {'a', '1', ' ', '<', '>', '&', '"', '\'', '\n', '\r', '\t', '\u00a0', '\u0000', '\u0008',
            '\u001f', '\u4e2d', '\u3002', '\ufffe', '\uffff', '\ud83d', '\ude00', '\ud840', '\udc0b', '%'};
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(ours(s.toString())).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(poi(s.toString()));
        }
        assertThat(ours(null)).isEqualTo(ours(""));
    }

    @Test
    void workbookReadsBackWithAndWithoutCompressedTempFiles() throws Exception {
        Path fast = folder.resolve("fast.xlsx");
        for (boolean compress : new boolean[] {true, false}) {
            WorkbookSettings settings = WorkbookSettings.defaults().withCompressTempFiles(compress).withRowWindow(2);
            try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS, settings)) {
                writer.overview(SampleWorkbook.runInfo());
                writer.indicators(SampleWorkbook.indicators().iterator());
                writer.findings(List.<org.zhibiao.model.Finding>of().iterator());
                writer.rejections(List.<org.zhibiao.model.Rejection>of().iterator());
                writer.runInfo(SampleWorkbook.runInfo());
                writer.writeAtomically(fast);
            }
            try (XSSFWorkbook book = new XSSFWorkbook(fast.toFile())) {
                assertThat(book.getSheet("产业基础").getRow(1).getCell(11).getStringCellValue())
                        .isEqualTo(SampleWorkbook.indicators().stream().filter(i -> i.section().equals("产业基础"))
                                .findFirst().orElseThrow().sentence());
            }
        }
    }
}
