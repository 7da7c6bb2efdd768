package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * The fault catalogue of docs/faults.md, one parameterized case per input fault. All input faults share one
 * input folder (with the sample report, so there is something good) and one run of the command line; each case
 * then asserts its own outcome from the run state: the 拒绝记录 row (file, line, Chinese and English reason) or
 * the 运行信息 listing, and that the file's counts reconcile (read = written + rejected + skipped). The policy
 * and environment faults need runs of their own and are the plain tests below.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultCatalogueTest {

    static final Path SAMPLE = Path.of("src/test/resources/corpus/zhangdian-2021-achievements.md");
    static final String SAMPLE_NAME = "zhangdian-2021-achievements.md";
    static final long MAX_FILE_BYTES = 12_000_000;
    static final String RUN_DATE = "2021-12-31";

    @TempDir
    static Path temp;

    /** The shared run of all input faults. */
    Run files;

    // ---------------------------------------------------------------- the catalogue of input faults

    /** One catalogue item: the faulty input it puts in the folder, and the outcome it must have. */
    record Fault(String name, Build build, Consumer<Run> outcome) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Build {
        /** Puts the faulty input into {@code input}; {@code outside} is a folder beside it. */
        void into(Path input, Path outside) throws Exception;
    }

    static Stream<Fault> inputFaults() {
        return Stream.of(
                new Fault("empty file", (in, out) -> Files.write(in.resolve("empty.txt"), new byte[0]),
                        run -> run.fileRejected("empty.txt", "空文件", "empty file")),
                new Fault("white space only", (in, out) -> Files.writeString(in.resolve("blank.md"), " \n\t\n\n"),
                        run -> run.fileRejected("blank.md", "只有空白", "only white space")),
                new Fault("binary: an image renamed .txt", (in, out) -> Files.write(in.resolve("image.txt"), png()),
                        run -> run.fileRejected("image.txt", "文件不是文本", "not text (binary content)")),
                new Fault("binary content past the first 8 KB", (in, out) -> Files.write(in.resolve("nul-tail.md"),
                        // 1,500 blank lines carry the NUL bytes past the 8 KB the binary check looks at.
                        concat((sample() + "\n" + " \n".repeat(1500)).getBytes(StandardCharsets.UTF_8),
                                bytes('x', 0, 0, 'y', '\n'))),
                        run -> {
                            int line = sampleLines().size() + 1501;
                            run.lineRejected("nul-tail.md", line, "第 " + line + " 行含有 NUL 字节",
                                    "NUL bytes (binary content) in line " + line);
                            assertThat(run.indicatorCount("nul-tail.md")).isEqualTo(run.indicatorCount(SAMPLE_NAME));
                        }),
                new Fault("invalid UTF-8 in one line", (in, out) -> Files.write(in.resolve("damaged-utf8.md"),
                        sampleWithDamagedLine(damagedLine())),
                        run -> run.lineRejected("damaged-utf8.md", damagedLine(), "第 " + damagedLine()
                                + " 行含有无效的 UTF-8 字节", "invalid UTF-8 bytes in line " + damagedLine())),
                new Fault("unknown encoding (Latin-1)", (in, out) -> Files.write(in.resolve("latin1.txt"),
                        "café\nnaïve\nrésumé\n".getBytes(StandardCharsets.ISO_8859_1)),
                        run -> run.fileRejected("latin1.txt", "文件编码无法识别", "unknown encoding")),
                new Fault("GBK text", (in, out) -> Files.write(in.resolve("gbk.md"),
                        sample().getBytes(Charset.forName("GBK"))),
                        run -> run.readLikeSample("gbk.md")),
                new Fault("GB18030 text", (in, out) -> Files.write(in.resolve("gb18030.md"),
                        sample().getBytes(Charset.forName("GB18030"))),
                        run -> run.readLikeSample("gb18030.md")),
                new Fault("UTF-8 with BOM", (in, out) -> Files.write(in.resolve("bom.md"),
                        concat(bytes(0xEF, 0xBB, 0xBF), sample().getBytes(StandardCharsets.UTF_8))),
                        run -> run.readLikeSample("bom.md")),
                new Fault("UTF-16LE with BOM", (in, out) -> Files.write(in.resolve("utf16le.md"),
                        concat(bytes(0xFF, 0xFE), sample().getBytes(StandardCharsets.UTF_16LE))),
                        run -> run.readLikeSample("utf16le.md")),
                new Fault("UTF-16BE with BOM", (in, out) -> Files.write(in.resolve("utf16be.md"),
                        concat(bytes(0xFE, 0xFF), sample().getBytes(StandardCharsets.UTF_16BE))),
                        run -> run.readLikeSample("utf16be.md")),
                new Fault("UTF-16LE without BOM", (in, out) -> Files.write(in.resolve("utf16le-nobom.md"),
                        sample().getBytes(StandardCharsets.UTF_16LE)),
                        run -> run.readLikeSample("utf16le-nobom.md")),
                new Fault("CRLF line ends", (in, out) -> Files.writeString(in.resolve("crlf.md"),
                        String.join("\r\n", sampleLines())),
                        run -> run.readLikeSample("crlf.md")),
                new Fault("lone CR line ends", (in, out) -> Files.writeString(in.resolve("cr.md"),
                        String.join("\r", sampleLines())),
                        run -> run.readLikeSample("cr.md")),
                new Fault("a single 10 MB line", (in, out) -> writeWithLongLine(in.resolve("long-line.md")),
                        run -> {
                            int line = sampleLines().size() + 1;
                            run.lineRejected("long-line.md", line, "第 " + line + " 行过长",
                                    "line " + line + " too long");
                            assertThat(run.indicatorCount("long-line.md")).isEqualTo(run.indicatorCount(SAMPLE_NAME));
                        }),
                new Fault("a 20,000-character sentence of numbers without a full stop", (in, out) -> Files.writeString(
                        in.resolve("long-sentence.md"), sample() + "\n" + "增长8%".repeat(5000) + "\n"),
                        run -> {
                            int line = sampleLines().size() + 1;
                            run.lineRejected("long-sentence.md", line, "第 " + line + " 行的句子过长：20000 个字符，上限 5000",
                                    "sentence on line " + line + " too long: 20000 characters, limit 5000");
                            assertThat(run.indicatorCount("long-sentence.md")).isEqualTo(run.indicatorCount(SAMPLE_NAME));
                        }),
                new Fault("over the size limit", (in, out) -> writeFileOfSize(in.resolve("too-large.txt"),
                        MAX_FILE_BYTES + 1),
                        run -> run.fileRejected("too-large.txt", "文件过大：" + (MAX_FILE_BYTES + 1) + " 字节，上限 "
                                + MAX_FILE_BYTES + " 字节", "file too large: " + (MAX_FILE_BYTES + 1)
                                + " bytes, limit " + MAX_FILE_BYTES + " bytes")),
                new Fault("a folder named like a report", (in, out) -> Files.writeString(Files.createDirectories(
                        in.resolve("folder.txt")).resolve("inner.txt"), sample()),
                        run -> run.refused("folder.txt", "名称像报告文件的目录", "folder named like an input file")),
                new Fault("a symlink pointing outside the input folder", (in, out) -> Files.createSymbolicLink(
                        in.resolve("link-out.md"), Files.writeString(out.resolve("secret.md"), sample())),
                        run -> run.refused("link-out.md", "符号链接指向输入目录之外",
                                "symlink points outside the input folder")),
                new Fault("a broken symlink", (in, out) -> Files.createSymbolicLink(in.resolve("broken.md"),
                        out.resolve("nowhere.md")),
                        run -> run.refused("broken.md", "符号链接无效", "broken symlink")),
                new Fault("a symlink inside the input folder", (in, out) -> Files.createSymbolicLink(
                        in.resolve("link-in.md"), in.resolve(SAMPLE_NAME)),
                        run -> run.readLikeSample("link-in.md")),
                new Fault("a named pipe called .txt", (in, out) -> mkfifo(in.resolve("pipe.txt")),
                        run -> {
                            assumeTrue(run.listed("pipe.txt"), "mkfifo is not available here");
                            run.refused("pipe.txt", "不是普通文件", "not a regular file");
                        }),
                new Fault("a name with spaces and Chinese characters", (in, out) -> Files.copy(SAMPLE,
                        in.resolve("张店 2021 年 成就.md")),
                        run -> run.readLikeSample("张店 2021 年 成就.md")),
                new Fault("a file name that is not valid UTF-8 (saved in Latin-1)", (in, out) -> exec("sh", "-c",
                        "cp \"$0\" \"$1/$(printf 'caf\\351.md')\"", SAMPLE.toAbsolutePath().toString(), in.toString()),
                        run -> {
                            String name = run.inputFiles().keySet().stream()
                                    .filter(n -> n.startsWith("caf") && n.endsWith(".md")).findFirst().orElse(null);
                            assumeTrue(name != null, "could not create a Latin-1 file name here");
                            run.refused(name, "文件名无法按系统编码", "file name cannot be represented in the system"
                                    + " encoding");
                            assertThat(run.rejectionsOf(name).get(0).get(1)).contains("LANG=C.UTF-8");
                        }),
                new Fault("unknown extensions", (in, out) -> {
                    Files.writeString(in.resolve("notes.docx"), "x");
                    Files.write(in.resolve("chart.png"), png());
                }, run -> {
                    run.ignored("notes.docx");
                    run.ignored("chart.png");
                }),
                new Fault("a hidden file", (in, out) -> Files.writeString(in.resolve(".DS_Store"), "x"),
                        run -> run.ignored(".DS_Store")),
                new Fault("CSV: the sample long table", (in, out) -> Files.copy(Path.of("input",
                        "zhangdian-2021-indicators.csv"), in.resolve("zhangdian-2021-indicators.csv")),
                        run -> run.tableReconciles("zhangdian-2021-indicators.csv")),
                new Fault("CSV: GBK NBS export with preamble", (in, out) -> Files.copy(Path.of(
                        "src/test/resources/corpus/csv/01_nbs_province_gdp_2006_2024_GBK.csv"),
                        in.resolve("nbs-gbk.csv")),
                        run -> run.tableReconciles("nbs-gbk.csv")),
                new Fault("CSV: empty", (in, out) -> Files.write(in.resolve("empty.csv"), new byte[0]),
                        run -> run.tableReconciles("empty.csv")),
                new Fault("CSV: binary", (in, out) -> Files.write(in.resolve("image.csv"), png()),
                        run -> run.tableReconciles("image.csv")),
                new Fault("CSV: unbalanced quote", (in, out) -> Files.writeString(in.resolve("quote.csv"),
                        "地区,年份,板块,指标,数值,单位\n张店区,2021,\"经济运行,GDP,100,亿元\n张店区,2021,经济运行,收入,5,亿元\n"),
                        run -> run.tableReconciles("quote.csv")),
                new Fault("CSV: ragged rows and values that are not numbers", (in, out) -> Files.writeString(
                        in.resolve("ragged.csv"), "地区,年份,板块,指标,数值,单位\n张店区,2021\n张店区,2021,经济运行,GDP,"
                                + "一百,亿元\n,,,,,\n张店区,二〇二一,经济运行,收入,5,亿元,多余\n张店区,2021,经济运行,税收,"
                                + "1e999999,亿元\n"),
                        run -> run.tableReconciles("ragged.csv")));
    }

    @BeforeAll
    void runAllInputFaultsAtOnce() throws Exception {
        Path input = faultyInput(temp.resolve("files"));
        // The output folder does not exist yet: the run must create it (an environment item, asserted below).
        Path output = temp.resolve("files").resolve("missing").resolve("output");
        JobRuns.Result result = Cli.run("--input-dir=" + input, "--output-dir=" + output, "--run-date=" + RUN_DATE,
                "--threads=2", "--zhibiao.max-file-bytes=" + MAX_FILE_BYTES);
        files = Run.load(result, input, output, Cli.stateUrl(output));
    }

    /** A folder with the sample report and every input fault of the catalogue. */
    static Path faultyInput(Path parent) throws Exception {
        Path input = Files.createDirectories(parent.resolve("input"));
        Path outside = Files.createDirectories(parent.resolve("outside"));
        Files.copy(SAMPLE, input.resolve(SAMPLE_NAME));
        for (Fault fault : inputFaults().toList()) {
            fault.build().into(input, outside);
        }
        return input;
    }

    /**
     * The same faults with staging on PostgreSQL, which is stricter than H2 (no NUL in text, byte limits). Runs
     * where .ci/postgres set ZHIBIAO_PG_URL; fails rather than skips when ZHIBIAO_REQUIRE_PG is set.
     */
    @Test
    void everyInputFaultHasTheSameOutcomeOnPostgres() throws Exception {
        String url = System.getenv("ZHIBIAO_PG_URL");
        String user = System.getenv().getOrDefault("ZHIBIAO_PG_USER", "postgres");
        if (System.getenv("ZHIBIAO_REQUIRE_PG") == null) {
            assumeTrue(url != null, "ZHIBIAO_PG_URL not set: PostgreSQL tests run in CI (.ci/run)");
        }
        assertThat(url).as("ZHIBIAO_PG_URL (set by .ci/postgres)").isNotNull();
        String schema = "zb_faults_" + Long.toHexString(System.nanoTime());
        Cli.query(url, user, "CREATE SCHEMA " + schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Path input = faultyInput(temp.resolve("pg"));
        Path output = temp.resolve("pg").resolve("output");

        JobRuns.Result result = Cli.run("--input-dir=" + input, "--output-dir=" + output, "--run-date=" + RUN_DATE,
                "--threads=2", "--zhibiao.max-file-bytes=" + MAX_FILE_BYTES, "--spring.datasource.url=" + schemaUrl,
                "--spring.datasource.username=" + user, "--spring.datasource.password=");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(RunLauncher.COMPLETED);
        Run run = Run.load(result, input, output, schemaUrl, user);
        for (Fault fault : inputFaults().toList()) {
            if (!fault.name().contains("pipe") || run.listed("pipe.txt")) {
                fault.outcome().accept(run);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputFaults")
    void inputFaultHasItsDefinedOutcome(Fault fault) {
        assertThat(files.result().exitCode()).as(files.result().err()).isEqualTo(RunLauncher.COMPLETED);
        fault.outcome().accept(files);
    }

    @Test
    void badInputNeverFailsTheRunAndEveryEntryIsAccountedFor() throws IOException {
        assertThat(files.result().exitCode()).as(files.result().err()).isEqualTo(RunLauncher.COMPLETED);
        Set<String> entries;
        try (Stream<Path> list = Files.list(files.input())) {
            entries = list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        // Nothing is lost: every entry of the folder is in 运行信息, read, rejected, refused or ignored.
        assertThat(files.inputFiles().keySet()).containsExactlyInAnyOrderElementsOf(entries);
        files.inputFiles().keySet().forEach(files::reconciles);
        assertThat(files.output().resolve("indicators-" + RUN_DATE + ".xlsx")).isRegularFile();
    }

    // ---------------------------------------------------------------- environment

    @Test
    void missingOutputFolderIsCreated() {
        assertThat(files.result().exitCode()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(files.output()).isDirectory();
        assertThat(files.output().resolve("indicators-" + RUN_DATE + ".xlsx")).isRegularFile();
    }

    @Test
    void outputFolderUnderARegularFileFailsBeforeAnyStep() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Path output = file.resolve("output");

        JobRuns.Result result = Cli.run("--input-dir=input", "--output-dir=" + output, "--run-date=" + RUN_DATE);

        assertUnwritable(result, output);
    }

    @Test
    void outputFolderInAReadOnlySystemFolderFailsBeforeAnyStep() {
        // As root, chmod does not stop writes; a read-only file system does. /sys refuses new entries to every
        // user, root included.
        Path sys = Path.of("/sys/zhibiao-output");
        assumeTrue(Files.isDirectory(Path.of("/sys")), "no /sys here");
        assertUnwritable(Cli.run("--input-dir=input", "--output-dir=" + sys, "--run-date=" + RUN_DATE), sys);
    }

    @Test
    void outputFolderOnAReadOnlyMountFailsBeforeAnyStep() throws Exception {
        Path mount = Files.createDirectories(temp.resolve("ro-mount"));
        assumeTrue(mount(mount, "ro,size=1m"), "mount -t tmpfs is not permitted here");
        try {
            Path output = mount.resolve("output");
            assertUnwritable(Cli.run("--input-dir=input", "--output-dir=" + output, "--run-date=" + RUN_DATE),
                    output);
        } finally {
            umount(mount);
        }
    }

    @Test
    void diskFullDuringExportKeepsThePreviousWorkbookAndTheRerunResumes() throws Exception {
        Path mount = Files.createDirectories(temp.resolve("small-disk"));
        assumeTrue(mount(mount, "size=2m"), "mount -t tmpfs is not permitted here");
        try {
            Path output = Files.createDirectories(mount.resolve("output"));
            Path input = Files.createDirectories(temp.resolve("disk-full-input"));
            Files.copy(SAMPLE, input.resolve(SAMPLE_NAME));
            // The run state lives off the small disk: only the export meets the full disk.
            String state = "jdbc:h2:file:" + temp.resolve("disk-full-state").resolve("zhibiao");
            String[] args = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=" + RUN_DATE,
                "--rerun", "--spring.datasource.url=" + state, "--threads=1"};
            assertThat(Cli.run(args).exitCode()).isEqualTo(RunLauncher.COMPLETED);
            Path workbook = output.resolve("indicators-" + RUN_DATE + ".xlsx");
            byte[] previous = Files.readAllBytes(workbook);
            Path facts = output.resolve("facts-" + RUN_DATE + ".csv");
            byte[] previousFacts = Files.readAllBytes(facts);
            Path filler = fill(output.resolve("filler.bin"));

            JobRuns.Result full = Cli.run(args);

            assertThat(full.exitCode()).isEqualTo(RunLauncher.FAILED);
            assertThat(full.err()).contains("步骤 export 出错", "at step export", "No space left on device");
            assertThat(Files.readAllBytes(workbook)).as("previous workbook intact").isEqualTo(previous);
            assertThat(Files.readAllBytes(facts)).as("previous facts CSV intact").isEqualTo(previousFacts);
            // No half-written workbook is visible: anything new in output/ is a hidden temp file.
            try (Stream<Path> list = Files.list(output)) {
                assertThat(list.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(workbook.getFileName().toString()) && !n.equals("filler.bin")
                                && !n.equals(facts.getFileName().toString())))
                        .allMatch(n -> n.startsWith("."));
            }

            Files.delete(filler);
            JobRuns.Result resumed = Cli.run(args);

            assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(RunLauncher.COMPLETED);
            assertThat(workbook).isRegularFile();
            try (Stream<Path> list = Files.list(output)) {
                assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        } finally {
            umount(mount);
        }
    }

    @Test
    void workbookPathTakenByAFolderFailsTheExportAndLeavesTheFolder() throws Exception {
        // The mount-free way to make the atomic write fail: its target cannot be created.
        Path input = Files.createDirectories(temp.resolve("taken-input"));
        Files.copy(SAMPLE, input.resolve(SAMPLE_NAME));
        Path output = temp.resolve("taken-output");
        Path taken = Files.createDirectories(output.resolve("indicators-" + RUN_DATE + ".xlsx"));
        Files.writeString(taken.resolve("keep.txt"), "analyst's file");

        JobRuns.Result result = Cli.run("--input-dir=" + input, "--output-dir=" + output, "--run-date=" + RUN_DATE,
                "--threads=1");

        assertThat(result.exitCode()).isEqualTo(RunLauncher.FAILED);
        assertThat(result.err()).contains("步骤 export 出错", "at step export");
        assertThat(taken.resolve("keep.txt")).hasContent("analyst's file");
    }

    @Test
    void unreachableDatabaseFailsFastNamingTheUrlWithThePasswordMasked() {
        JobRuns.Result result = Cli.run("--input-dir=input", "--output-dir=" + temp.resolve("no-db"),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere?password=secret",
                "--spring.datasource.hikari.connection-timeout=2000");

        assertThat(result.exitCode()).isEqualTo(RunLauncher.FAILED);
        assertThat(result.err()).contains("jdbc:postgresql://127.0.0.1:1/nowhere?password=****")
                .doesNotContain("secret");
    }

    @Test
    void underTheCLocaleNamesThatCannotBeReadAreRefusedWithTheFix() throws Exception {
        // cron, systemd and many containers start programs with LANG=C: Java then cannot map Chinese file names.
        Path input = Files.createDirectories(temp.resolve("c-locale-input"));
        Files.copy(SAMPLE, input.resolve(SAMPLE_NAME));
        Files.copy(SAMPLE, input.resolve("张店 成就.md"));
        Path output = temp.resolve("c-locale-output");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.zhibiao.launch.ZhibiaoApplication",
                "--input-dir=" + input, "--output-dir=" + output, "--run-date=" + RUN_DATE, "--threads=1")
                .redirectErrorStream(true);
        child.environment().put("LC_ALL", "C");
        child.environment().put("LANG", "C");
        Process process = child.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(log).isEqualTo(RunLauncher.COMPLETED);
        List<List<String>> refused = Cli.query(Cli.stateUrl(output), "sa", "SELECT f.kind, r.reason, r.reason_en"
                + " FROM zb_input_file f JOIN zb_rejection r ON r.file = f.file WHERE f.file <> '" + SAMPLE_NAME + "'");
        assertThat(refused).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("REFUSED");
            assertThat(row.get(1)).contains("文件名无法按系统编码", "LANG=C.UTF-8");
            assertThat(row.get(2)).contains("file name cannot be represented in the system encoding", "LANG=C.UTF-8");
        });
        assertThat(Cli.query(Cli.stateUrl(output), "sa", "SELECT rejected, indicators FROM zb_input_file WHERE file = '"
                + SAMPLE_NAME + "'")).singleElement().satisfies(row -> {
                    assertThat(row.get(0)).isEqualTo("0");
                    assertThat(Integer.parseInt(row.get(1))).isPositive();
                });
    }

    @Test
    void missingInputFolderFailsTheSurveyNamingTheFolder() {
        Path missing = temp.resolve("no-such-input");

        JobRuns.Result result = Cli.run("--input-dir=" + missing, "--output-dir=" + temp.resolve("no-input-out"),
                "--run-date=" + RUN_DATE);

        assertThat(result.exitCode()).isEqualTo(RunLauncher.FAILED);
        assertThat(result.err()).contains("步骤 survey 出错", "输入目录不存在或不可读", "input folder missing or unreadable",
                missing.toString());
    }

    // ---------------------------------------------------------------- policy

    @Test
    void rejectRatioFailsTheRunAboveTheLimitAndPassesBelowIt() throws Exception {
        // 3 readable lines + 1 rejected file = 4 records, 1 rejected: 25%.
        Path input = Files.createDirectories(temp.resolve("ratio-input"));
        Files.writeString(input.resolve("three-lines.txt"), "全年增长8%\n投资增长5%\n收入增长6%\n");
        Files.write(input.resolve("image.txt"), png());
        Path output = temp.resolve("ratio-output");
        String[] common = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=" + RUN_DATE};

        JobRuns.Result above = Cli.run(concat(common, "--max-reject-ratio=0.2"));

        assertThat(above.exitCode()).isEqualTo(RunLauncher.FAILED);
        assertThat(above.err()).contains("步骤 crossCheck 出错", "拒绝记录过多：1 / 4 = 25.0%，超过上限 20.0%",
                "too much bad input: 1 of 4 records rejected (25.0%), limit 20.0%", "image.txt (1/1)");
        assertThat(output.resolve("indicators-" + RUN_DATE + ".xlsx")).doesNotExist();

        // The operator accepts more bad input; the same command resumes at crossCheck and completes.
        JobRuns.Result below = Cli.run(concat(common, "--max-reject-ratio=0.3"));

        assertThat(below.exitCode()).as(below.err()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(output.resolve("indicators-" + RUN_DATE + ".xlsx")).isRegularFile();
        Run run = Run.load(below, input, output, Cli.stateUrl(output));
        run.fileRejected("image.txt", "文件不是文本", "not text");
        assertThat(run.inputFiles().get("three-lines.txt")).containsExactly("REPORT", "3", "3", "0", "0");
    }

    // ---------------------------------------------------------------- the run state, as the cases read it

    /**
     * A finished run and its staging rows.
     *
     * @param inputFiles  file -> kind, records_read, written, rejected, skipped (zb_input_file)
     * @param rejections  file -> line | reason | reason_en rows (zb_rejection)
     * @param indicators  file -> lines of its indicators, in order (zb_indicator)
     */
    record Run(JobRuns.Result result, Path input, Path output, Map<String, List<String>> inputFiles,
            Map<String, List<List<String>>> rejections, Map<String, List<Integer>> indicators) {

        static Run load(JobRuns.Result result, Path input, Path output, String url) throws Exception {
            return load(result, input, output, url, "sa");
        }

        static Run load(JobRuns.Result result, Path input, Path output, String url, String user) throws Exception {
            Map<String, List<String>> files = new LinkedHashMap<>();
            for (List<String> row : Cli.query(url, user, "SELECT file, kind, records_read, written, rejected, skipped"
                    + " FROM zb_input_file ORDER BY file")) {
                files.put(row.get(0), row.subList(1, row.size()));
            }
            Map<String, List<List<String>>> rejections = new LinkedHashMap<>();
            for (List<String> row : Cli.query(url, user, "SELECT file, line, reason, reason_en FROM zb_rejection"
                    + " ORDER BY file, line, id")) {
                rejections.computeIfAbsent(row.get(0), f -> new ArrayList<>()).add(row.subList(1, row.size()));
            }
            Map<String, List<Integer>> indicators = new LinkedHashMap<>();
            for (List<String> row : Cli.query(url, user, "SELECT file, line FROM zb_indicator ORDER BY file, line, id")) {
                indicators.computeIfAbsent(row.get(0), f -> new ArrayList<>()).add(Integer.valueOf(row.get(1)));
            }
            return new Run(result, input, output, files, rejections, indicators);
        }

        boolean listed(String file) {
            return inputFiles.containsKey(file);
        }

        List<String> facts(String file) {
            assertThat(inputFiles).as("运行信息 lists " + file).containsKey(file);
            return inputFiles.get(file);
        }

        List<List<String>> rejectionsOf(String file) {
            return rejections.getOrDefault(file, List.of());
        }

        int indicatorCount(String file) {
            return indicators.getOrDefault(file, List.of()).size();
        }

        /** read = written + rejected + skipped, and one 拒绝记录 row per rejected record. */
        void reconciles(String file) {
            List<String> f = facts(file);
            long read = Long.parseLong(f.get(1));
            long written = Long.parseLong(f.get(2));
            long rejected = Long.parseLong(f.get(3));
            long skipped = Long.parseLong(f.get(4));
            assertThat(read).as(file + ": read = written + rejected + skipped").isEqualTo(written + rejected + skipped);
            assertThat(rejectionsOf(file)).as(file + ": one 拒绝记录 row per rejected record").hasSize((int) rejected);
        }

        void fileRejected(String file, String reason, String reasonEn) {
            assertThat(facts(file)).as(file).containsExactly("REPORT", "1", "0", "1", "0");
            assertThat(rejectionsOf(file)).as(file).singleElement().satisfies(r -> {
                assertThat(r.get(0)).as("line").isEqualTo("0");
                assertThat(r.get(1)).contains(reason);
                assertThat(r.get(2)).contains(reasonEn);
            });
            assertThat(indicatorCount(file)).isZero();
            reconciles(file);
        }

        void lineRejected(String file, int line, String reason, String reasonEn) {
            assertThat(facts(file).get(0)).isEqualTo("REPORT");
            assertThat(rejectionsOf(file)).as(file).singleElement().satisfies(r -> {
                assertThat(r.get(0)).as("line").isEqualTo(String.valueOf(line));
                assertThat(r.get(1)).contains(reason);
                assertThat(r.get(2)).contains(reasonEn);
            });
            assertThat(indicatorCount(file)).as("the other lines are read").isPositive();
            assertThat(indicators.get(file)).doesNotContain(line);
            reconciles(file);
        }

        void readLikeSample(String file) {
            assertThat(facts(file)).as(file).startsWith("REPORT").element(3).isEqualTo("0");
            assertThat(rejectionsOf(file)).as(file).isEmpty();
            assertThat(indicatorCount(SAMPLE_NAME)).isPositive();
            assertThat(indicators.get(file)).as(file + ": same indicators on the same lines as the sample")
                    .isEqualTo(indicators.get(SAMPLE_NAME));
            assertThat(facts(file).subList(1, 5)).as(file + ": same counts as the sample")
                    .isEqualTo(facts(SAMPLE_NAME).subList(1, 5));
            reconciles(file);
        }

        void refused(String file, String reason, String reasonEn) {
            assertThat(facts(file)).as(file).containsExactly("REFUSED", "1", "0", "1", "0");
            assertThat(rejectionsOf(file)).singleElement().satisfies(r -> {
                assertThat(r.get(0)).isEqualTo("0");
                assertThat(r.get(1)).contains(reason);
                assertThat(r.get(2)).contains(reasonEn);
            });
            reconciles(file);
        }

        void ignored(String file) {
            assertThat(facts(file)).as(file).containsExactly("IGNORED", "0", "0", "0", "0");
            assertThat(rejectionsOf(file)).isEmpty();
        }

        void tableReconciles(String file) {
            assertThat(facts(file).get(0)).isEqualTo("CSV");
            reconciles(file);
            assertThat(rejectionsOf(file)).allSatisfy(r -> {
                assertThat(r.get(1)).isNotBlank();
                assertThat(r.get(2)).isNotBlank();
            });
        }
    }

    // ---------------------------------------------------------------- building faulty input

    static String sample() throws IOException {
        return Files.readString(SAMPLE);
    }

    static List<String> sampleLines() {
        try {
            return Files.readAllLines(SAMPLE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first line of the sample with an amount in 亿元: the one the damage hits. */
    static int damagedLine() {
        List<String> lines = sampleLines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("亿元")) {
                return i + 1;
            }
        }
        throw new IllegalStateException("the sample has no 亿元 line");
    }

    static byte[] sampleWithDamagedLine(int line) {
        List<String> lines = sampleLines();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            byte[] text = lines.get(i).getBytes(StandardCharsets.UTF_8);
            if (i + 1 == line) {
                // A byte that is neither UTF-8 nor GB18030, in the middle of the line.
                out.write(text, 0, 9);
                out.write(0xFF);
                out.write(text, 9, text.length - 9);
            } else {
                out.writeBytes(text);
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    static void writeWithLongLine(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(String.join("\n", sampleLines()).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            byte[] sentence = "全年地区生产总值增长10%，".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 10_000_000; written += sentence.length) {
                out.write(sentence);
            }
            out.write('\n');
        }
    }

    static void writeFileOfSize(Path file, long size) throws IOException {
        byte[] line = "全年增长8%。\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            long left = size;
            while (left > 0) {
                int n = (int) Math.min(line.length, left);
                out.write(line, 0, n);
                left -= n;
            }
        }
    }

    /** A real 2x2 PNG, as an image saved with a wrong name would be. */
    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xC0FFEE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static void mkfifo(Path path) {
        try {
            new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            // No mkfifo here: the case is skipped (it checks whether the pipe was listed).
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean mount(Path at, String options) {
        return exec("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
    }

    static void umount(Path at) {
        exec("umount", at.toString());
    }

    private static boolean exec(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes until the file system is full; returns the file to delete to free the space again. */
    static Path fill(Path file) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // Expected: the disk is full now. Fill the last partial block byte by byte.
        }
        try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            return file;
        }
    }

    static void assertUnwritable(JobRuns.Result result, Path output) {
        assertThat(result.exitCode()).isEqualTo(RunLauncher.FAILED);
        assertThat(result.err()).contains("输出目录不可写", "output folder is not writable", output.toString())
                .doesNotContain("步骤");
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
