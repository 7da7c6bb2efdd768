package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhibiao.input.InputFolder;

/** Paths never leave the input folder, and every entry is classified with a reason in both languages. */
class InputFolderTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../x", "../../etc/passwd", "/etc/passwd", "sub/../../x", "", ".", "..", "a/b.txt"})
    void namesThatWouldLeaveTheFolderAreRefused(String name) {
        assertThatThrownBy(() -> InputFolder.resolve(temp, name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("路径越出输入目录")
                .hasMessageContaining("path escapes the input folder");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"report.md", "报告 2021 年.txt", "a b.csv", "..x.txt", "x..txt"})
    void namesInsideTheFolderResolveToAChildOfIt(String name) {
        Path resolved = InputFolder.resolve(temp, name);
        assertThat(resolved.getParent()).isEqualTo(temp.toAbsolutePath().normalize());
        assertThat(resolved.getFileName().toString()).isEqualTo(name);
    }

    @Test
    void everyEntryIsClassifiedWithAReason() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Path outside = Files.writeString(temp.resolve("outside.txt"), "全年增长8%");
        Files.writeString(input.resolve("report.md"), "全年增长8%");
        Files.writeString(input.resolve("表格 2021.csv"), "地区,年份\n");
        Files.writeString(input.resolve("notes.docx"), "x");
        Files.writeString(input.resolve(".hidden.txt"), "x");
        Files.createDirectories(input.resolve("folder.txt"));
        Files.createDirectories(input.resolve("archive"));
        Files.createSymbolicLink(input.resolve("link-out.txt"), outside);
        Files.createSymbolicLink(input.resolve("link-in.txt"), input.resolve("report.md"));
        Files.createSymbolicLink(input.resolve("broken.txt"), temp.resolve("nowhere.txt"));

        Map<String, InputFolder.Entry> entries = InputFolder.list(input).stream()
                .collect(Collectors.toMap(InputFolder.Entry::name, e -> e));

        assertThat(entries.get("report.md").kind()).isEqualTo(InputFolder.Kind.REPORT);
        assertThat(entries.get("link-in.txt").kind()).isEqualTo(InputFolder.Kind.REPORT);
        assertThat(entries.get("表格 2021.csv").kind()).isEqualTo(InputFolder.Kind.CSV);
        assertThat(entries.get("notes.docx").kind()).isEqualTo(InputFolder.Kind.IGNORED);
        assertThat(entries.get(".hidden.txt").kind()).isEqualTo(InputFolder.Kind.IGNORED);
        assertThat(entries.get("archive").kind()).isEqualTo(InputFolder.Kind.IGNORED);
        assertThat(entries.get("folder.txt")).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(InputFolder.Kind.REFUSED);
            assertThat(e.reason()).contains("目录");
            assertThat(e.reasonEn()).contains("folder");
        });
        assertThat(entries.get("link-out.txt")).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(InputFolder.Kind.REFUSED);
            assertThat(e.reason()).contains("符号链接指向输入目录之外");
            assertThat(e.reasonEn()).contains("symlink points outside the input folder");
        });
        assertThat(entries.get("broken.txt").kind()).isEqualTo(InputFolder.Kind.REFUSED);
        assertThat(entries.values()).filteredOn(e -> e.kind() != InputFolder.Kind.REPORT
                && e.kind() != InputFolder.Kind.CSV).allSatisfy(e -> {
                    assertThat(e.reason()).isNotBlank();
                    assertThat(e.reasonEn()).isNotBlank();
                });
    }

    @Test
    void currentSeesAFileThatDisappearedOrChangedAfterListing() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("report.md"), "全年增长8%");

        assertThat(InputFolder.current(input, "report.md")).get().extracting(InputFolder.Entry::kind)
                .isEqualTo(InputFolder.Kind.REPORT);
        Files.delete(input.resolve("report.md"));
        assertThat(InputFolder.current(input, "report.md")).isEmpty();
        Files.createSymbolicLink(input.resolve("report.md"), Files.writeString(temp.resolve("x.md"), "x"));
        assertThat(InputFolder.current(input, "report.md")).get().extracting(InputFolder.Entry::kind)
                .isEqualTo(InputFolder.Kind.REFUSED);
    }

    @Test
    void aMissingInputFolderIsNamedInBothLanguages() {
        Path missing = temp.resolve("no-such-input");
        assertThatThrownBy(() -> InputFolder.list(missing))
                .hasMessageContaining("输入目录不存在或不可读")
                .hasMessageContaining("input folder missing or unreadable")
                .hasMessageContaining(missing.toString());
    }
}
