package org.zhibiao.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhibiao.classify.CatalogueException;
import org.zhibiao.classify.TaxonomyException;
import org.zhibiao.input.CatalogueFile;
import org.zhibiao.input.FileFacts;
import org.zhibiao.input.OptionFile;
import org.zhibiao.input.TaxonomyFile;
import org.zhibiao.job.remote.RemoteMode;
import org.zhibiao.quantity.ExplainFormatter;

/**
 * Entry point. --help and --explain need no database and run without Spring; everything else starts the
 * application context with the run's state in {@code <output-dir>/.state/} unless spring.datasource.* says
 * otherwise.
 */
// The job's configuration lives in its own package (job); the command line and its beans here (launch).
@SpringBootApplication(scanBasePackages = {"org.zhibiao.launch", "org.zhibiao.job"})
public class ZhibiaoApplication {

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line and returns its exit code (see {@link RunLauncher} for the codes). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        RunOptions options;
        try {
            options = RunOptions.parse(args);
        } catch (RunOptions.UsageException e) {
            err.println(e.getMessage());
            err.print(RunOptions.USAGE);
            return RunLauncher.USAGE;
        }
        if (options.help()) {
            out.print(RunOptions.USAGE);
            return RunLauncher.COMPLETED;
        }
        if (options.explain() != null) {
            out.print(new ExplainFormatter().toJsonLines(options.explain()));
            out.flush();
            return RunLauncher.COMPLETED;
        }
        String wrongFile = options.status() ? null : checkOptionFiles(options);
        if (wrongFile != null) {
            err.println(wrongFile);
            return RunLauncher.USAGE;
        }
        boolean remote = RemoteMode.isWorker(options.springArgs()) || RemoteMode.isRemoteManager(options.springArgs());
        if (remote && RemoteMode.refusal(DatabaseUrls.effective(options)).isPresent()) {
            err.println(RemoteMode.refusal(DatabaseUrls.effective(options)).get());
            return RunLauncher.USAGE;
        }
        // A worker writes only to the shared database: it needs no output folder.
        String problem = RemoteMode.isWorker(options.springArgs()) ? null : prepareOutput(options.outputDir());
        if (problem != null) {
            err.println(problem);
            return RunLauncher.FAILED;
        }
        SpringApplication app = new SpringApplication(ZhibiaoApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setRegisterShutdownHook(false);
        Map<String, Object> defaults = defaults(options);
        defaults.putAll(RemoteMode.defaults(options.springArgs()));
        app.setDefaultProperties(defaults);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("runOptions", options));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("consoleStreams",
                new ConsoleStreams(out, err)));
        try {
            ConfigurableApplicationContext context = app.run(springArgs(options));
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            // The state database held by a running process is exit 3 (already running), anything else 1.
            return StartFailure.report(e, options, err);
        }
    }

    /**
     * The option files, read and checked before anything else (no database is opened, no run recorded), so that a
     * malformed one is a command line to correct (exit 2) naming file, line and column, never a failed run. The
     * job reads them again when it starts; they are small.
     */
    static String checkOptionFiles(RunOptions options) {
        try {
            if (options.taxonomy() != null) {
                TaxonomyFile.load(options.taxonomy());
            }
            if (options.fileFacts() != null) {
                FileFacts.load(options.fileFacts());
            }
            if (options.catalogue() != null) {
                CatalogueFile.load(options.catalogue());
            }
            return null;
        } catch (OptionFile.Problem | TaxonomyException | CatalogueException e) {
            return e.getMessage() + "\n修正该文件后再次运行同一命令。/ Correct the file, then run the same command again.";
        }
    }

    /** Where the run writes, checked before any step so that an unwritable folder fails fast and says so. */
    static String prepareOutput(Path outputDir) {
        try {
            Files.createDirectories(outputDir.resolve(".state"));
            Path probe = Files.createTempFile(outputDir, ".write-check", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return "输出目录不可写：" + outputDir.toAbsolutePath() + "（" + e + "）。请创建该目录或改用 --output-dir。\n"
                    + "output folder is not writable: " + outputDir.toAbsolutePath() + " (" + e
                    + "). Create it or pass --output-dir.";
        }
    }

    static Map<String, Object> defaults(RunOptions options) {
        Path state = options.outputDir().toAbsolutePath().normalize().resolve(".state").resolve("zhibiao");
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.datasource.url", "jdbc:h2:file:" + state + ";DB_CLOSE_ON_EXIT=FALSE");
        defaults.put("spring.datasource.username", "sa");
        defaults.put("spring.datasource.password", "");
        return defaults;
    }

    private static String[] springArgs(RunOptions options) {
        List<String> args = new ArrayList<>(options.springArgs());
        args.add("--zhibiao.threads=" + options.threads());
        args.add("--zhibiao.max-reject-ratio=" + options.maxRejectRatio());
        args.add("--zhibiao.locale=" + options.locale().getLanguage());
        if (options.taxonomy() != null) {
            args.add("--zhibiao.taxonomy=" + options.taxonomy().toAbsolutePath());
        }
        if (options.catalogue() != null) {
            args.add("--zhibiao.catalogue=" + options.catalogue().toAbsolutePath());
        }
        if (options.fileFacts() != null) {
            args.add("--zhibiao.file-facts=" + options.fileFacts().toAbsolutePath());
        }
        return args.toArray(String[]::new);
    }

    /** Where the runner prints: System.out/err in production, captured streams in tests. */
    public record ConsoleStreams(PrintStream out, PrintStream err) {
    }
}
