package org.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decoder on the real sample report in every encoding and line end it may arrive in, and on damage. */
class TextDecoderTest {

    static final Path SAMPLE = Path.of("src/test/resources/corpus/zhangdian-2021-achievements.md");

    static String sample() throws IOException {
        return Files.readString(SAMPLE);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "UTF-8,      '',         UTF-8,    false",
        "UTF-8,      EF BB BF,   UTF-8,    true",
        "GB18030,    '',         GB18030,  false",
        "GBK,        '',         GB18030,  false",
        "UTF-16LE,   FF FE,      UTF-16LE, true",
        "UTF-16BE,   FE FF,      UTF-16BE, true",
        "UTF-16LE,   '',         UTF-16LE, false",
        "UTF-16BE,   '',         UTF-16BE, false",
    })
    void theSampleReadsTheSameInEveryEncoding(String encoding, String bom, String readAs, boolean hasBom)
            throws Exception {
        String text = sample();
        byte[] prefix = bom.isBlank() ? new byte[0] : java.util.HexFormat.ofDelimiter(" ").parseHex(bom);
        byte[] file = concat(prefix, text.getBytes(Charset.forName(encoding)));

        TextDecoder.Reading reading = TextDecoder.read(file, TextDecoder.MAX_LINE_CHARS);

        assertThat(reading.text()).isEqualTo(String.join("\n", text.lines().toList()));
        assertThat(reading.charset().name()).isEqualTo(readAs);
        assertThat(reading.bom()).isEqualTo(hasBom);
        assertThat(reading.refused()).isEmpty();
        assertThat(reading.text()).doesNotContain("\uFEFF").contains("产业发展母基金");
    }

    @ParameterizedTest(name = "line end {0}")
    @CsvSource({"CRLF", "CR", "LF"})
    void lineEndsAreNormalizedAndLineNumbersHold(String ending) throws Exception {
        String end = switch (ending) {
            case "CRLF" -> "\r\n";
            case "CR" -> "\r";
            default -> "\n";
        };
        java.util.List<String> lines = sample().lines().toList();
        byte[] file = String.join(end, lines).concat(end).getBytes(StandardCharsets.UTF_8);

        TextDecoder.Reading reading = TextDecoder.read(file, TextDecoder.MAX_LINE_CHARS);

        assertThat(reading.lines()).isEqualTo(lines.size());
        assertThat(reading.text()).doesNotContain("\r");
        assertThat(reading.text().split("\n", -1)).containsExactlyElementsOf(lines);
        assertThat(reading.blankLines()).isEqualTo((int) lines.stream().filter(String::isBlank).count());
    }

    @Test
    void aDamagedUtf8LineIsRefusedByNumberAndTheRestIsRead() throws Exception {
        java.util.List<String> lines = sample().lines().toList();
        byte[] head = (String.join("\n", lines.subList(0, 6)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\n" + String.join("\n", lines.subList(7, lines.size()))).getBytes(StandardCharsets.UTF_8);
        byte[] broken = concat("产业".getBytes(StandardCharsets.UTF_8), bytes(0xFF, 0xC3), "基金".getBytes(
                StandardCharsets.UTF_8));

        TextDecoder.Reading reading = TextDecoder.read(concat(head, broken, tail), TextDecoder.MAX_LINE_CHARS);

        assertThat(reading.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(reading.refused()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(7);
            assertThat(line.reason()).contains("第 7 行", "UTF-8");
            assertThat(line.reasonEn()).contains("invalid UTF-8", "line 7");
            assertThat(line.raw()).startsWith("产业");
        });
        assertThat(reading.lines()).isEqualTo(lines.size());
        assertThat(reading.text().split("\n", -1)[6]).isEmpty();
        assertThat(reading.text()).contains(lines.get(7));
        assertThat(reading.readableLines() + reading.blankLines() + reading.refused().size())
                .isEqualTo(reading.lines());
    }

    @Test
    void aLineOverTheLimitIsRefusedNamingItsLength() throws Exception {
        byte[] file = ("第一行\n" + "增长10%。".repeat(50) + "\n第三行\n").getBytes(StandardCharsets.UTF_8);

        TextDecoder.Reading reading = TextDecoder.read(file, 100);

        assertThat(reading.refused()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(2);
            assertThat(line.reason()).contains("过长", "300", "上限 100");
            assertThat(line.reasonEn()).contains("too long", "300 characters", "limit 100");
            assertThat(line.raw()).hasSizeLessThanOrEqualTo(TextDecoder.RAW_KEPT + 1);
        });
        assertThat(reading.text()).isEqualTo("第一行\n\n第三行");
    }

    @Test
    void nulBytesPastTheBinaryCheckRefuseTheirLineAndNeverReachRaw() throws Exception {
        String text = "全年增长8%。\n".repeat(1000);
        byte[] file = concat(text.getBytes(StandardCharsets.UTF_8), "尾部".getBytes(StandardCharsets.UTF_8),
                bytes(0, 1, 2, 0), "\n最后一行\n".getBytes(StandardCharsets.UTF_8));

        TextDecoder.Reading reading = TextDecoder.read(file, TextDecoder.MAX_LINE_CHARS);

        assertThat(reading.refused()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(1001);
            assertThat(line.reason()).contains("第 1001 行含有 NUL 字节");
            assertThat(line.reasonEn()).contains("NUL bytes (binary content) in line 1001");
            assertThat(line.raw()).startsWith("尾部").doesNotContain("\0");
        });
        assertThat(reading.text()).doesNotContain("\0").endsWith("\n\n最后一行");
    }

    @Test
    void binaryIsRefused() throws Exception {
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1);
        assertThatThrownBy(() -> TextDecoder.read(png, TextDecoder.MAX_LINE_CHARS))
                .isInstanceOf(TextDecoder.NotTextException.class)
                .hasMessageContaining("不是文本")
                .satisfies(e -> assertThat(((TextDecoder.NotTextException) e).reasonEn()).contains("not text"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'',          空文件,     empty file",
        "20 0A 0D 0A, 只有空白,   only white space",
        "EF BB BF,    只有空白,   only white space",
    })
    void filesWithoutReadableTextAreRefusedWithAReason(String hex, String reason, String reasonEn) {
        byte[] file = hex.isBlank() ? new byte[0] : java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
        assertThatThrownBy(() -> TextDecoder.read(file, TextDecoder.MAX_LINE_CHARS))
                .isInstanceOf(TextDecoder.NotTextException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((TextDecoder.NotTextException) e).reasonEn()).contains(reasonEn));
    }

    @Test
    void latin1TextIsRefusedAsAnUnknownEncoding() {
        byte[] file = "café\nnaïve\nrésumé\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.read(file, TextDecoder.MAX_LINE_CHARS))
                .isInstanceOf(TextDecoder.NotTextException.class)
                .hasMessageContaining("编码无法识别")
                .satisfies(e -> assertThat(((TextDecoder.NotTextException) e).reasonEn()).contains("unknown encoding"));
    }

    @Test
    void damagedUtf8IsNotMistakenForGb18030() throws Exception {
        // Every line but one is UTF-8; the whole also happens to decode as GB18030 mojibake. UTF-8 must win.
        String good = "全年实现地区生产500亿元增长8%\n".repeat(5);
        byte[] file = concat(good.getBytes(StandardCharsets.UTF_8), bytes(0xB0, 0xA1, 0x0A));
        assertThat(new String(file, TextDecoder.GB18030)).doesNotContain("\uFFFD");

        TextDecoder.Reading reading = TextDecoder.read(file, TextDecoder.MAX_LINE_CHARS);

        assertThat(reading.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(reading.refused()).extracting(TextDecoder.RefusedLine::line).containsExactly(6);
    }

    @Test
    void strictDecodeRefusesAnyDamage() {
        byte[] file = concat("增长".getBytes(StandardCharsets.UTF_8), bytes(0xFF), "\n增长\n增长\n".getBytes(
                StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TextDecoder.decode(file)).isInstanceOf(TextDecoder.NotTextException.class)
                .hasMessageContaining("第 1 行");
    }

    @Property(tries = 300)
    void randomBytesNeverEscapeAsAnUncheckedException(@ForAll @Size(max = 600) byte[] bytes) {
        try {
            TextDecoder.Reading reading = TextDecoder.read(bytes, 80);
            assertThat(reading.readableLines() + reading.blankLines() + reading.refused().size())
                    .isEqualTo(reading.lines());
            assertThat(reading.text().split("\n", -1)).hasSize(reading.lines());
            assertThat(reading.text()).doesNotContain("\0");
            assertThat(reading.refused()).allSatisfy(r -> assertThat(r.raw()).doesNotContain("\0"));
        } catch (TextDecoder.NotTextException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(refused.reasonEn()).isNotBlank();
        }
    }

    // ---- issue 13: the encoding is decided on evidence, never on one byte

    @ParameterizedTest(name = "{0} NUL bytes at even offsets of the UTF-8 sample")
    @CsvSource({"1", "2", "3", "8", "40"})
    void strayNulBytesInUtf8TextCostTheirLinesNotTheEncoding(int nuls) throws Exception {
        byte[] clean = sample().getBytes(StandardCharsets.UTF_8);
        byte[] damaged = clean.length % 2 == 0 ? clean.clone() : concat(clean, bytes('\n'));
        // Every NUL on the same side of the byte pairs: the pattern UTF-16 has, but far too few and in valid UTF-8.
        java.util.Set<Integer> lines = new java.util.TreeSet<>();
        for (int k = 0, at = 0; k < nuls; k++) {
            at = nextAsciiEven(damaged, at + 97);
            damaged[at] = 0;
            lines.add(lineAt(damaged, at));
        }

        TextDecoder.Reading reading = TextDecoder.read(damaged, TextDecoder.MAX_LINE_CHARS);

        assertThat(reading.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(reading.refused()).extracting(TextDecoder.RefusedLine::line).containsExactlyElementsOf(lines);
        assertThat(reading.refused()).allSatisfy(r -> assertThat(r.reasonEn()).contains("NUL"));
        assertThat(reading.lines()).isEqualTo(TextDecoder.read(clean, TextDecoder.MAX_LINE_CHARS).lines());
    }

    @Test
    void utf16WithoutBomNeedsAConsistentPatternOfNuls() throws Exception {
        byte[] utf16 = sample().getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.utf16WithoutBom(utf16)).isEqualTo(StandardCharsets.UTF_16LE);
        // One line of Chinese and a line end: too few NULs to tell, whatever the side.
        assertThat(TextDecoder.utf16WithoutBom("张店区\n".getBytes(StandardCharsets.UTF_16LE))).isNull();
        // UTF-8 Chinese with a few NULs on one side reads as private-use and Hangul characters in UTF-16: not text.
        byte[] utf8 = sample().getBytes(StandardCharsets.UTF_8);
        byte[] even = java.util.Arrays.copyOf(utf8, utf8.length & ~1);
        for (int k = 0, at = 0; k < 6; k++) {
            at = nextAsciiEven(even, at + 101);
            even[at] = 0;
        }
        even[even.length - 1] = (byte) 0xFF; // and not valid UTF-8 any more either
        assertThat(TextDecoder.utf16WithoutBom(even)).isNull();
    }

    @Test
    void oneInvalidByteInUtf8TextIsNotTakenForGb18030() throws Exception {
        byte[] damaged = sample().getBytes(StandardCharsets.UTF_8);
        damaged[nextAsciiEven(damaged, 2000)] = (byte) 0xB0; // a GB18030 lead byte, invalid alone in UTF-8

        TextDecoder.Reading reading = TextDecoder.read(damaged, TextDecoder.MAX_LINE_CHARS);

        assertThat(reading.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(reading.refused()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("无效的 UTF-8"));
    }

    @Test
    void aLineOverTheLimitIsCountedInSlicesAndRefused() throws Exception {
        String line = "增长8%".repeat(30_000);
        byte[] file = ("标题\n" + line + "\n末行\n").getBytes(StandardCharsets.UTF_8);

        TextDecoder.Reading reading = TextDecoder.read(file, 50_000);

        assertThat(reading.refused()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reasonEn()).contains("line 2 too long: " + line.length() + " characters, limit 50000");
            assertThat(r.raw()).startsWith("增长8%").hasSizeLessThanOrEqualTo(TextDecoder.RAW_KEPT + 1);
        });
        assertThat(reading.text()).isEqualTo("标题\n\n末行");
    }

    /** An even offset at or after {@code from} holding an ASCII letter or punctuation (not a line end). */
    private static int nextAsciiEven(byte[] bytes, int from) {
        for (int i = from + (from & 1); i < bytes.length; i += 2) {
            if (bytes[i] > 0x20 && bytes[i] < 0x7F) {
                return i;
            }
        }
        throw new IllegalStateException("no ASCII byte at an even offset after " + from);
    }

    private static int lineAt(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
