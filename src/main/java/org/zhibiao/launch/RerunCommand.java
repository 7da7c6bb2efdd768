package org.zhibiao.launch;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The exact command that resumes a run, for the message an operator reads after a failure: the same java, the
 * same jar (or class path and main class), absolute folders, the run date and the options that shape the run,
 * without --rerun (which would start a fresh run instead of resuming this one) and with passwords masked.
 * A wrapper script or container can name itself with the environment variable ZHIBIAO_COMMAND.
 */
public final class RerunCommand {

    private static final String MAIN = "org.zhibiao.launch.ZhibiaoApplication";

    private RerunCommand() {
    }

    static String of(RunOptions run) {
        String wrapper = System.getenv("ZHIBIAO_COMMAND");
        String launcher = wrapper != null && !wrapper.isBlank() ? wrapper.trim()
                : launcherFor(System.getProperty("sun.java.command", ""), System.getProperty("java.class.path", ""),
                        codeSourceJar());
        return launcher + " " + String.join(" ", arguments(run).stream().map(RerunCommand::quote).toList());
    }

    /**
     * How this JVM was started, as a command: {@code java -jar /abs/zhibiao.jar} for our jar, {@code java -cp ...
     * org.zhibiao.launch.ZhibiaoApplication} for the main class, and for anything else (a test runner, an IDE) the
     * jar the classes came from or else the class path with the main class.
     *
     * @param javaCommand   the JVM's sun.java.command: main class or jar, then the arguments
     * @param classPath     the JVM's java.class.path
     * @param codeSourceJar the jar holding this class, if it came from one
     */
    public static String launcherFor(String javaCommand, String classPath, Optional<Path> codeSourceJar) {
        String first = javaCommand.isBlank() ? "" : javaCommand.trim().split("\\s+")[0];
        String java = javaExecutable() + jvmOptions();
        if (first.endsWith(".jar") && isZhibiaoJar(Path.of(first))) {
            return java + " -jar " + quote(Path.of(first).toAbsolutePath().normalize().toString());
        }
        if (!first.equals(MAIN) && codeSourceJar.isPresent() && isZhibiaoJar(codeSourceJar.get())) {
            return java + " -jar " + quote(codeSourceJar.get().toString());
        }
        return java + " -cp " + quote(absoluteClassPath(classPath)) + " " + MAIN;
    }

    /** Our jar names our main class (Spring Boot's Start-Class, or Main-Class); a test runner's jar does not. */
    private static boolean isZhibiaoJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return false;
            }
            Attributes main = manifest.getMainAttributes();
            return MAIN.equals(main.getValue("Start-Class")) || MAIN.equals(main.getValue("Main-Class"));
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    private static List<String> arguments(RunOptions run) {
        List<String> args = new ArrayList<>();
        args.add("--input-dir=" + run.inputDir().toAbsolutePath().normalize());
        args.add("--output-dir=" + run.outputDir().toAbsolutePath().normalize());
        args.add("--run-date=" + run.runDate());
        if (run.threads() != Runtime.getRuntime().availableProcessors()) {
            args.add("--threads=" + run.threads());
        }
        if (run.taxonomy() != null) {
            args.add("--taxonomy=" + run.taxonomy().toAbsolutePath().normalize());
        }
        if (run.catalogue() != null) {
            args.add("--catalogue=" + run.catalogue().toAbsolutePath().normalize());
        }
        if (Locale.ENGLISH.equals(run.locale())) {
            args.add("--locale=en");
        }
        if (run.maxRejectRatio() != 1.0) {
            args.add("--max-reject-ratio=" + run.maxRejectRatio());
        }
        for (String arg : run.springArgs()) {
            if (arg.startsWith("--zhibiao.schedule.")) {
                continue;
            }
            args.add(maskPassword(arg));
        }
        return args;
    }

    /** "java" when the java on PATH is this one, else this java's absolute path (cron has a short PATH). */
    private static String javaExecutable() {
        Optional<String> self = ProcessHandle.current().info().command();
        if (self.isEmpty()) {
            return "java";
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "java");
            try {
                if (Files.isExecutable(candidate)
                        && candidate.toRealPath().equals(Path.of(self.get()).toRealPath())) {
                    return "java";
                }
                if (Files.isExecutable(candidate)) {
                    break;
                }
            } catch (java.io.IOException | SecurityException e) {
                // An unreadable PATH entry: keep looking.
            }
        }
        return quote(self.get());
    }

    /** Heap and property settings given to this JVM, which the rerun should have too. */
    private static String jvmOptions() {
        StringBuilder options = new StringBuilder();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx") || arg.startsWith("-Xms") || arg.startsWith("-Dspring.")
                    || arg.startsWith("-Dzhibiao.") || arg.startsWith("-Dlogging.")
                    || arg.startsWith("-Dfile.encoding=")) {
                options.append(' ').append(quote(maskPassword(arg)));
            }
        }
        return options.toString();
    }

    private static String absoluteClassPath(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The jar this class was loaded from: a plain jar, or a Spring Boot jar ("jar:nested:/x.jar/!BOOT-INF/..."). */
    private static Optional<Path> codeSourceJar() {
        try {
            URL location = RerunCommand.class.getProtectionDomain().getCodeSource().getLocation();
            String text = location.toString();
            int jar = text.indexOf(".jar");
            if (jar < 0) {
                return Optional.empty();
            }
            String path = text.substring(0, jar + 4).replaceFirst("^(jar:)?(nested:|file:)?", "");
            return Optional.of(Path.of(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** --spring.datasource.password=x and password=x inside a URL are shown as ****. */
    private static String maskPassword(String arg) {
        int equals = arg.indexOf('=');
        if (equals > 0 && arg.substring(0, equals).toLowerCase(Locale.ROOT).contains("password")) {
            return arg.substring(0, equals + 1) + "****";
        }
        return DatabaseUrls.mask(arg);
    }

    static String quote(String arg) {
        return arg.matches("[\\w./:=@,+%-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
