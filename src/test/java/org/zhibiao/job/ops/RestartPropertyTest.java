package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * Whatever happens to the input folder between failed executions of one run date (files added, removed, edited)
 * and however the executions fail (at survey with a wrong folder, at cross-check under a strict reject ratio, at
 * export), the restart that finally completes writes the workbook a clean run on the final folder writes. Kills
 * at every point of a run are covered by CrashRecoveryTest; here the failures are the in-process ones, so that a
 * handful of sequences over small files stays well under a minute.
 */
class RestartPropertyTest {

    private static final String DATE = "2022-06-30";

    /** The files a folder may hold, by name, and where their content comes from. */
    private static final Map<String, Path> POOL = Map.of(
            "a.md", Path.of("input/zhangdian-2021-achievements.md"),
            "b.csv", Path.of("input/zhangdian-2021-indicators.csv"),
            "c.txt", Path.of("src/test/resources/corpus/reports/028_guangming_shenzhen_2022_news_h1_economy.txt"),
            "d.txt", Path.of("src/test/resources/corpus/reports/024_daqing_2017_stats_analysis_q1_economy_analysis.txt"));
    private static final List<String> NAMES = List.of("a.md", "b.csv", "c.txt", "d.txt", "bad.csv");

    enum Change { NONE, ADD, REMOVE, EDIT }

    /** How an execution is made to fail; each fails whatever the folder holds. */
    enum Failure { WRONG_FOLDER, STRICT_RATIO_AND_EXPORT_BLOCKED, EXPORT_BLOCKED }

    record Episode(Change change, String file, Failure failure) {
    }

    @Provide
    Arbitrary<Episode> episodes() {
        return Combinators.combine(Arbitraries.of(Change.class), Arbitraries.of(NAMES), Arbitraries.of(Failure.class))
                .as(Episode::new);
    }

    @Property(tries = 3, shrinking = ShrinkingMode.OFF)
    void theRestartThatCompletesWritesWhatACleanRunOnTheFinalFolderWrites(
            @ForAll @Size(min = 1, max = 3) List<@net.jqwik.api.From("episodes") Episode> episodes) throws Exception {
        Path temp = Files.createTempDirectory("restart-property");
        try {
            Path input = Files.createDirectories(temp.resolve("input"));
            for (String name : List.of("a.md", "b.csv", "c.txt")) {
                add(input, name);
            }
            Path output = temp.resolve("output");
            Path blocker = workbook(output).resolve("blocker");
            List<String> history = new ArrayList<>();
            for (Episode episode : episodes) {
                apply(input, episode.change(), episode.file());
                Files.createDirectories(blocker);
                JobRuns.Result failed = OpsRuns.run(command(episode.failure(), input, temp, output));
                history.add(episode + " -> " + failed.exitCode());
                assertThat(failed.exitCode()).as(String.join("\n", history) + "\n" + failed.err())
                        .isEqualTo(RunLauncher.FAILED);
            }
            RecoveryTest.deleteRecursively(blocker.getParent());

            JobRuns.Result resumed = OpsRuns.run("--input-dir=" + input, "--output-dir=" + output,
                    "--run-date=" + DATE, "--threads=1");

            assertThat(resumed.exitCode()).as(history + "\n" + resumed.err()).isEqualTo(RunLauncher.COMPLETED);
            Path clean = temp.resolve("clean");
            JobRuns.Result cleanRun = OpsRuns.run("--input-dir=" + input, "--output-dir=" + clean,
                    "--run-date=" + DATE, "--threads=1");
            assertThat(cleanRun.exitCode()).isZero();
            assertThat(WorkbookRows.of(workbook(output))).as(String.join("\n", history))
                    .isEqualTo(WorkbookRows.of(workbook(clean)));
            assertThat(OpsRuns.query(output, "SELECT file FROM zb_input_file ORDER BY file")).as(history.toString())
                    .isEqualTo(OpsRuns.query(clean, "SELECT file FROM zb_input_file ORDER BY file"));
        } finally {
            RecoveryTest.deleteRecursively(temp);
        }
    }

    private static Path workbook(Path output) {
        return output.resolve("indicators-" + DATE + ".xlsx");
    }

    private static String[] command(Failure failure, Path input, Path temp, Path output) {
        List<String> args = new ArrayList<>(List.of("--output-dir=" + output, "--run-date=" + DATE, "--threads=1"));
        switch (failure) {
            case WRONG_FOLDER -> args.add("--input-dir=" + temp.resolve("not the folder"));
            case STRICT_RATIO_AND_EXPORT_BLOCKED -> {
                args.add("--input-dir=" + input);
                args.add("--max-reject-ratio=0");
            }
            case EXPORT_BLOCKED -> args.add("--input-dir=" + input);
        }
        return args.toArray(String[]::new);
    }

    private static void apply(Path input, Change change, String file) throws Exception {
        Path path = input.resolve(file);
        switch (change) {
            case NONE -> { }
            case ADD -> {
                if (!Files.exists(path)) {
                    add(input, file);
                }
            }
            case REMOVE -> Files.deleteIfExists(path);
            case EDIT -> {
                if (Files.exists(path)) {
                    Files.writeString(path, Files.readString(path) + (file.endsWith(".csv")
                            ? "张店区,2021,产业基础,新建项目,7,个\n" : "\n全年新增投资12亿元，同比增长5%。\n"));
                }
            }
        }
    }

    private static void add(Path input, String name) throws Exception {
        if (name.equals("bad.csv")) {
            Files.writeString(input.resolve(name), RecoveryTest.badTable(5));
        } else {
            Files.copy(POOL.get(name), input.resolve(name));
        }
    }
}
