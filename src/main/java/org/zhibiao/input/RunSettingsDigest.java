package org.zhibiao.input;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The settings of this command that shape staged rows (taxonomy, catalogue, file facts, the per-file limits; the input folder is
 * added by the survey) and those of the checks after staging (reject ratio), as digests the survey compares with
 * those its run's staging was made with.
 */
public record RunSettingsDigest(String options, String checks, Set<String> factFiles) {

    /** No taxonomy or catalogue of its own, no file facts, default limits (tests that build a survey by hand). */
    public static final RunSettingsDigest NONE = of("default", "default", "", ReportFile.Limits.DEFAULT, 1.0, Set.of());

    public static RunSettingsDigest of(String taxonomyText, String catalogueText, String fileFacts, ReportFile.Limits limits,
            double maxRejectRatio, Set<String> factFiles) {
        String options = "taxonomy=" + FileDigest.sha256(taxonomyText.getBytes(StandardCharsets.UTF_8))
                + "\ncatalogue=" + FileDigest.sha256(catalogueText.getBytes(StandardCharsets.UTF_8))
                + "\nfile-facts=" + FileDigest.sha256(fileFacts.getBytes(StandardCharsets.UTF_8))
                + "\nlimits=" + limits;
        return new RunSettingsDigest(options, FileDigest.sha256(("max-reject-ratio=" + maxRejectRatio)
                .getBytes(StandardCharsets.UTF_8)), Set.copyOf(factFiles));
    }

    /** The digest of the staged settings with the input folder's real path. */
    public String staged(String inputFolder) {
        return FileDigest.sha256((options + "\ninput=" + inputFolder).getBytes(StandardCharsets.UTF_8));
    }
}
