package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook appears whole or not at all; a failed export leaves the previous workbook as it was. */
class AtomicWriteTest {

    @TempDir
    Path folder;

    @Test
    void writesTheWorkbookAndLeavesNoTempFile() throws Exception {
        Path target = SampleWorkbook.write(folder, WorkbookSettings.defaults());
        assertThat(filesIn(folder)).containsExactly(target.getFileName().toString());
        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(9);
        }
    }

    @Test
    void thePublishedWorkbookIsReadableByOthersThoughItsTempFileWasOwnerOnly() throws Exception {
        Path target = SampleWorkbook.write(folder, WorkbookSettings.defaults());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void aTargetThatIsAFolderFailsAndLeavesNoTempFile() throws Exception {
        Path target = Files.createDirectory(folder.resolve("indicators-2026-11-29.xlsx"));
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
            writer.indicators(SampleWorkbook.indicators().iterator());
            assertThatThrownBy(() -> writer.writeAtomically(target)).isInstanceOf(IOException.class)
                    .hasMessageContaining("文件夹");
        }
        assertThat(target).isDirectory();
        assertThat(filesIn(folder)).containsExactly("indicators-2026-11-29.xlsx");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousWorkbookUntouched() throws Exception {
        Path target = SampleWorkbook.write(folder, WorkbookSettings.defaults());
        byte[] before = Files.readAllBytes(target);

        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
            writer.overview(SampleWorkbook.runInfo());
            writer.indicators(LimitsTest.repeat("产业基础", 2000));
            assertThatThrownBy(() -> writer.writeAtomically(target, out -> new FailingAfter(out, 4096)))
                    .isInstanceOf(IOException.class).hasMessageContaining("disk full");
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly(target.getFileName().toString());
    }

    @Test
    void aFailingRowSourceLeavesThePreviousWorkbookUntouched() throws Exception {
        Path target = SampleWorkbook.write(folder, WorkbookSettings.defaults());
        byte[] before = Files.readAllBytes(target);
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
            assertThatThrownBy(() -> writer.indicators(Stream.iterate(1, i -> i + 1)
                    .map(i -> {
                        if (i > 500) {
                            throw new IllegalStateException("staging read failed");
                        }
                        return SampleWorkbook.indicators().get(2).withId(i);
                    }).iterator())).hasMessage("staging read failed");
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly(target.getFileName().toString());
    }

    @Test
    void closeDeletesTheStreamingTempFilesAfterSuccessAndFailure(@TempDir Path poiTemp) throws Exception {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
        try {
            try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
                writer.indicators(LimitsTest.repeat("产业基础", 1000));
                assertThat(filesUnder(poiTemp)).isNotEmpty(); // rows beyond the window went to a temp file
                writer.writeAtomically(folder.resolve("ok.xlsx"));
            }
            assertThat(filesUnder(poiTemp)).isEmpty();

            try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
                writer.indicators(LimitsTest.repeat("产业基础", 1000));
                assertThatThrownBy(() -> writer.writeAtomically(folder.resolve("broken.xlsx"),
                        out -> new FailingAfter(out, 1024))).isInstanceOf(IOException.class);
            }
            assertThat(filesUnder(poiTemp)).isEmpty();
            assertThat(filesIn(folder)).containsExactly("ok.xlsx");
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** An output stream that breaks like a full disk after some bytes. */
    private static final class FailingAfter extends FilterOutputStream {
        private long left;

        FailingAfter(OutputStream out, long bytes) {
            super(out);
            this.left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new IOException("disk full");
            }
            left -= len;
            out.write(b, off, len);
        }
    }
}
