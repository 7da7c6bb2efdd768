package org.zhibiao.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipFile;
import org.springframework.batch.core.job.Job;

/**
 * The job that writes a completed run's workbook again from its staging (one step, the export's tasklet), for a
 * completed date whose workbook is missing or unreadable. It is its own job, {@link #JOB_NAME}, so the run's
 * instance stays completed; each attempt is a new instance (identified by the run date, the staging run and
 * the attempt's time), since a rebuild reads nothing that a restart could resume.
 */
@FunctionalInterface
public interface WorkbookRebuild {

    String JOB_NAME = "zhibiaoRebuild";
    String STEP_NAME = "rebuildWorkbook";
    /** Identifying: the job instance whose staging the workbook is written from. */
    String STAGING_RUN = "staging.run";
    String ATTEMPT = "rebuild.attempt";

    Job job(long stagingRun, LocalDate runDate, Path outputDir);

    /** A regular file (not a link) that opens as a zip with a workbook part: what Excel needs to open it. */
    static boolean isReadable(Path workbook) {
        if (!Files.isRegularFile(workbook, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            return zip.getEntry("xl/workbook.xml") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
