package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.RunOwner;

/** POI's temp files of an export: in an owner-only folder under .state, for the export's thread only. */
class PoiTempFolderTest {

    @TempDir
    Path output;

    @Test
    void theFolderIsOwnerOnlyHoldsPoisFilesAndIsGoneAfterwards() throws Exception {
        Path folder;
        try (PoiTempFolder poi = PoiTempFolder.open(output)) {
            folder = poi.folder();
            File sheet = TempFile.createTempFile("poi-sxssf-sheet", ".xml");

            assertThat(folder.getParent()).isEqualTo(output.toAbsolutePath().normalize().resolve(".state"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(sheet.toPath().getParent()).isEqualTo(folder);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sheet.toPath())))
                    .isEqualTo("rw-------");
        }
        assertThat(folder).doesNotExist();
        assertThat(TempFile.createTempFile("after", ".tmp").toPath().startsWith(folder))
                .as("other threads and later work are not pointed at the run's folder").isFalse();
    }

    @Test
    void aFolderOfAProcessThatIsGoneIsRemovedAndALiveOnesIsKept() throws Exception {
        Path state = Files.createDirectories(output.resolve(".state"));
        String host = RunOwner.hostName().replaceAll("[^A-Za-z0-9.]", "_");
        Path dead = Files.createDirectories(state.resolve("poi-" + host + "-999999999-1"));
        Files.writeString(dead.resolve("poi-sxssf-sheet1.xml"), "<sheetData/>");
        Path otherHost = Files.createDirectories(state.resolve("poi-elsewhere.example-999999999-1"));

        try (PoiTempFolder poi = PoiTempFolder.open(output)) {
            assertThat(dead).doesNotExist();
            assertThat(otherHost).as("another host's processes are not ours to judge").exists();
            assertThat(poi.folder()).exists();
        }
    }
}
