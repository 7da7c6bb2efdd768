package org.zhibiao.job.remote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.SpringBatchVersion;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.zhibiao.input.RunSettingsDigest;

/**
 * What a worker must share with its manager to stage the same rows: the build, the schemas (Spring Batch's and
 * staging's) and the settings that shape rows (taxonomy, catalogue, file facts, file limits). The manager stamps
 * every partition's step execution context with its own; a worker whose stamp differs refuses the partition
 * (fails it with the reason) rather than stage rows the manager's build would not.
 */
public record BuildStamp(String build, String schema, String settings) {

    private static final String STAGING_SCHEMA = "/zhibiao/staging-schema.sql";

    static final String BUILD = "remote.build";
    static final String SCHEMA = "remote.schema";
    static final String SETTINGS = "remote.settings";

    /** This process's stamp: {@code build} is the project version the build wrote into application.properties. */
    static BuildStamp current(String build, RunSettingsDigest settings) {
        String staging;
        try (InputStream script = BuildStamp.class.getResourceAsStream(STAGING_SCHEMA)) {
            staging = sha256(script.readAllBytes()).substring(0, 12);
        } catch (IOException | NullPointerException e) {
            staging = "unknown";
        }
        return new BuildStamp(build, "batch " + SpringBatchVersion.getVersion() + ", staging " + staging,
                sha256(settings.options().getBytes(StandardCharsets.UTF_8)).substring(0, 12));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void writeTo(ExecutionContext context) {
        context.putString(BUILD, build);
        context.putString(SCHEMA, schema);
        context.putString(SETTINGS, settings);
    }

    /** The manager's stamp on a partition; empty for one made by a manager without remote partitioning. */
    static Optional<BuildStamp> of(ExecutionContext context) {
        if (!context.containsKey(BUILD)) {
            return Optional.empty();
        }
        return Optional.of(new BuildStamp(context.getString(BUILD), context.getString(SCHEMA, ""),
                context.getString(SETTINGS, "")));
    }

    /** Why this worker (this stamp) must not run a partition stamped {@code manager}, or empty when it may. */
    Optional<String> refusal(Optional<BuildStamp> manager, String partition) {
        if (manager.isEmpty()) {
            return Optional.of(String.format("""
                    worker 拒绝分区 %s：请求中没有 manager 的版本标记（不是 --workers=remote 的 manager 发出的）。
                    worker refused partition %s: the request carries no manager version stamp (it was not sent by a
                    --workers=remote manager of this build).""", partition, partition));
        }
        BuildStamp theirs = manager.get();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!build.equals(theirs.build)) {
            zh.add("版本 manager " + theirs.build + " ≠ worker " + build);
            en.add("build: manager " + theirs.build + ", worker " + build);
        }
        if (!schema.equals(theirs.schema)) {
            zh.add("数据库结构 manager " + theirs.schema + " ≠ worker " + schema);
            en.add("schema: manager " + theirs.schema + ", worker " + schema);
        }
        if (!settings.equals(theirs.settings)) {
            zh.add("影响暂存行的选项（--taxonomy、--catalogue、--file-facts、文件限制）不同");
            en.add("the options that shape staged rows (--taxonomy, --catalogue, --file-facts, file limits) differ");
        }
        if (zh.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.format("""
                worker 拒绝分区 %s：与 manager 不一致（%s）。请用与 manager 相同的版本和相同的 --taxonomy/--catalogue/--file-facts \
                启动 worker，然后再次运行 manager 的同一命令（只重做未完成的分区）。
                worker refused partition %s: it does not match the manager (%s). Start the workers with the manager's \
                build and the same --taxonomy/--catalogue/--file-facts, then run the manager's same command again (it \
                redoes only the unfinished partitions).""", partition, String.join("；", zh), partition,
                String.join("; ", en)));
    }
}
