package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * Option files (--taxonomy, --file-facts) are checked before any run starts: a bad one is a command line to
 * correct (exit 2), named with its line and column in Chinese and English, and nothing is recorded: no state
 * database, no run, no database line. A FIFO or a folder is refused at once instead of hanging the launch.
 */
class OptionFilesTest {

    @TempDir
    Path temp;

    /** option, file content (\n, and \\u escapes for characters a CSV source cannot show), line, column */
    @ParameterizedTest(name = "{0}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            --file-facts | 文件,地区,年份\\nreport.txt,海拉尔区,20x3\\n              | 2 | 3 | year "20x3"
            --file-facts | 文件,地区,年份\\nreport.txt,海拉尔区,2014,多余\\n        | 2 | 4 | extra column
            --file-facts | 文件,地区,年份\\n"report.txt,海拉尔区,2014\\n            | 2 | 1 | cannot parse
            --file-facts | 文件,区域\\nreport.txt,海拉尔区\\n                      | 1 | 2 | header "区域"
            --file-facts | 文件,地区\\n,海拉尔区\\n                                | 2 | 1 | empty file name
            --file-facts | 文件,地区\\na.txt,海拉尔\\u0000区\\n                    | 2 | 10 | U+0000
            --taxonomy   | [经济运行]\\n标题 = 经济\\n[产业\\uFFFE基础]\\n标题 = 产业\\n | 3 | 4 | U+FFFE
            --taxonomy   | [经济运行]\\n标题 = 经济\\n[产业\\uFFFF]\\n                | 3 | 4 | U+FFFF
            --taxonomy   | [经济运行]\\n  标题 经济\\n                              | 2 | 3 | missing '='
            """)
    void aMalformedOptionFileIsExit2NamingLineAndColumnAndRecordsNothing(String option, String content, int line,
            int column, String reason) throws Exception {
        Path file = Files.writeString(temp.resolve("option file.txt"), unescape(content.strip()));

        JobRuns.Result run = run(option + "=" + file);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(RunLauncher.USAGE);
        assertThat(run.err()).contains(file.toAbsolutePath().toString(), reason)
                .containsPattern("第 ?" + line + " ?行第 ?" + column + " ?列")
                .contains("line " + line + " column " + column)
                .doesNotContain("数据库", "database:", "Exception");
        assertNothingRecorded();
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByLineAndColumn() throws Exception {
        byte[] gbk = "文件,地区\nreport.txt,海拉尔区\n".getBytes("GB18030");
        Path file = Files.write(temp.resolve("facts.csv"), gbk);

        JobRuns.Result run = run("--file-facts=" + file);

        assertThat(run.exitCode()).isEqualTo(RunLauncher.USAGE);
        assertThat(run.err()).contains(file.toAbsolutePath().toString(), "line 1 column 1", "not UTF-8",
                "不是 UTF-8").doesNotContain("MalformedInputException");
        assertNothingRecorded();
    }

    @Test
    void aFolderOrAPipeIsRefusedAtOnceNotRead() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("facts-folder"));
        Path fifo = temp.resolve("facts.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();

        JobRuns.Result onFolder = run("--taxonomy=" + folder);
        JobRuns.Result onPipe = run("--file-facts=" + fifo);

        assertThat(onFolder.exitCode()).isEqualTo(RunLauncher.USAGE);
        assertThat(onFolder.err()).contains(folder.toString(), "not a regular file but a folder");
        assertThat(onPipe.exitCode()).isEqualTo(RunLauncher.USAGE);
        assertThat(onPipe.err()).contains(fifo.toString(), "a special file (a pipe or device)");
        assertNothingRecorded();
    }

    private JobRuns.Result run(String optionFile) throws Exception {
        Path input = Files.exists(temp.resolve("input")) ? temp.resolve("input") : JobRuns.sampleInput(temp);
        return JobRuns.run("--input-dir=" + input, "--output-dir=" + temp.resolve("output"),
                "--run-date=2024-01-02", optionFile);
    }

    private void assertNothingRecorded() {
        assertThat(temp.resolve("output").resolve(".state")).doesNotExist();
    }

    /** The table's \n and \\uXXXX escapes, so that control and non-characters can be written in it. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && text.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else if (c == '\\' && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return new String(out.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
