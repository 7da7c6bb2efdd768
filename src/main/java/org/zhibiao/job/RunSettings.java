package org.zhibiao.job;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the job that are not part of a run's identity. The command line sets them (see
 * {@link ZhibiaoApplication}); {@code zhibiao.*} properties and environment variables may too.
 *
 * @param maxFileBytes    larger input files are refused (拒绝记录), not read
 * @param maxRejectRatio  the run fails when rejected records / records read exceeds this
 * @param threads         partitions run at once
 * @param locale          zh or en labels in the workbook
 * @param taxonomy        a replacement taxonomy file, or null for the default
 */
@ConfigurationProperties(prefix = "zhibiao")
public record RunSettings(Long maxFileBytes, Double maxRejectRatio, Integer threads, String locale, Path taxonomy) {

    public RunSettings {
        maxFileBytes = maxFileBytes == null ? 50L * 1024 * 1024 : maxFileBytes;
        maxRejectRatio = maxRejectRatio == null ? 1.0 : maxRejectRatio;
        threads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        locale = locale == null ? "zh" : locale;
    }
}
