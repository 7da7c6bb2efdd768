package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.launch.RerunCommand;

/** The launcher part of the rerun command for each way the JVM may have been started. */
class RerunCommandTest {

    @TempDir
    Path temp;

    @Test
    void startedWithJavaJarOnOurJarGivesJavaJarWithItsAbsolutePath() throws Exception {
        Path jar = jar("zhibiao.jar", "Start-Class", "org.zhibiao.launch.ZhibiaoApplication");
        Path relative = Path.of("").toAbsolutePath().relativize(jar);

        String launcher = RerunCommand.launcherFor(relative + " --run-date=2021-12-31", relative.toString(),
                Optional.empty());

        assertThat(launcher).matches(".*java( .*)? -jar " + jar.toAbsolutePath());
    }

    @Test
    void startedWithTheMainClassGivesTheClassPathAndTheMainClass() {
        String launcher = RerunCommand.launcherFor("org.zhibiao.launch.ZhibiaoApplication --status",
                "target/classes:lib/a.jar", Optional.empty());

        assertThat(launcher).endsWith(" -cp " + Path.of("target/classes").toAbsolutePath() + ":"
                + Path.of("lib/a.jar").toAbsolutePath() + " org.zhibiao.launch.ZhibiaoApplication");
    }

    @Test
    void startedThroughAnotherJarUsesTheJarOurClassesCameFrom() throws Exception {
        Path runner = jar("runner.jar", "Main-Class", "org.example.Runner");
        Path ours = jar("zhibiao.jar", "Start-Class", "org.zhibiao.launch.ZhibiaoApplication");

        String launcher = RerunCommand.launcherFor(runner + " x", runner.toString(), Optional.of(ours));

        assertThat(launcher).endsWith(" -jar " + ours).doesNotContain("runner.jar");
    }

    @Test
    void startedThroughAnotherJarFromClassFoldersUsesTheMainClass() throws Exception {
        Path runner = jar("surefirebooter.jar", "Main-Class", "org.apache.maven.surefire.booter.ForkedBooter");

        String launcher = RerunCommand.launcherFor(runner + " x", runner.toString(), Optional.empty());

        assertThat(launcher).endsWith(" -cp " + runner + " org.zhibiao.launch.ZhibiaoApplication")
                .doesNotContain("-jar");
    }

    private Path jar(String name, String attribute, String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(attribute, mainClass);
        Path jar = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out,
                manifest)) {
            // A manifest is all the launcher reads.
        }
        return jar;
    }
}
