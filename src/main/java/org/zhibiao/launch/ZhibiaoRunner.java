package org.zhibiao.launch;

import java.util.Optional;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhibiao.job.StepLogListener;
import org.zhibiao.job.WorkbookRebuild;
import org.zhibiao.job.remote.RemoteWorker;

/** Does what the command line asked (run, --status or --schedule) and keeps the exit code for main. */
@Component
class ZhibiaoRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final String STEP_ERRORS = "org.springframework.batch.core.step.AbstractStep";

    private final RunOptions options;
    private final ZhibiaoApplication.ConsoleStreams console;
    private final RunLauncher launcher;
    private final JobRepository jobRepository;
    private final GracefulStop gracefulStop;
    private final JdbcTemplate jdbc;
    private final int maxRuns;
    private final RemoteWorker worker;
    private int exitCode = RunLauncher.FAILED;

    ZhibiaoRunner(ObjectProvider<RunOptions> options, ObjectProvider<ZhibiaoApplication.ConsoleStreams> console,
            JobOperator jobOperator, JobRepository jobRepository, @Qualifier("zhibiaoJob") Job zhibiaoJob,
            WorkbookRebuild rebuild, GracefulStop gracefulStop, Environment environment,
            ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<RemoteWorker> worker) {
        // Without a command line (a test context, say) there is nothing to run.
        this.options = options.getIfAvailable();
        this.console = console.getIfAvailable(() -> new ZhibiaoApplication.ConsoleStreams(System.out, System.err));
        this.launcher = new RunLauncher(jobOperator, jobRepository, zhibiaoJob, rebuild);
        this.jobRepository = jobRepository;
        this.gracefulStop = gracefulStop;
        this.jdbc = jdbc.getIfAvailable();
        this.worker = worker.getIfAvailable();
        // Hidden: lets a test (or a one-off trial of a schedule) end after n runs.
        this.maxRuns = environment.getProperty("zhibiao.schedule.max-runs", Integer.class, Integer.MAX_VALUE);
        quietStepStackTraces(environment);
    }

    /**
     * Spring Batch logs a failed step's whole stack trace; the operator's log already has the step's one line
     * with its root cause (StepLogListener), and the trace stays in the JobRepository (--status, EXIT_MESSAGE).
     * Set logging.level.org.springframework.batch.core.step.AbstractStep=ERROR to see it in the log again.
     */
    private static void quietStepStackTraces(Environment environment) {
        if (!environment.containsProperty("logging.level." + STEP_ERRORS)) {
            LoggingSystem.get(ZhibiaoRunner.class.getClassLoader()).setLogLevel(STEP_ERRORS, LogLevel.OFF);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (options == null) {
            exitCode = RunLauncher.COMPLETED;
        } else if (options.status()) {
            new StatusReport(jobRepository).print(console.out(), 20);
            exitCode = RunLauncher.COMPLETED;
        } else if (worker != null) {
            // --role=worker: runs the partitions managers send until SIGTERM (docs/scale-out.md).
            exitCode = gracefulStop.guard(() -> worker.runUntilStopped(gracefulStop::isStopping));
        } else if (options.schedule() != null) {
            try {
                exitCode = new NightlySchedule(options.schedule(), NightlySchedule.resumingUnfinished(
                        date -> launchAndReport(options.withRunDate(date)), 7), maxRuns)
                        .runUntilStopped(gracefulStop::isStopping);
            } catch (RunOptions.UsageException e) {
                console.err().println(e.getMessage());
                exitCode = RunLauncher.USAGE;
            }
        } else {
            exitCode = launchAndReport(options);
        }
    }

    private int launchAndReport(RunOptions run) {
        Optional<StateMarker> marker = StateMarker.of(run, jdbc);
        Optional<String> behind = marker.flatMap(m -> m.problem(RerunCommand.of(run)));
        if (behind.isPresent()) {
            console.err().println(behind.get());
            return RunLauncher.FAILED;
        }
        int exitCode = gracefulStop.guard(() -> {
            RunLauncher.Outcome outcome = launcher.launch(run.runDate(), run.inputDir(), run.outputDir(),
                    run.rerun(), RerunCommand.of(run));
            RunLauncher.print(outcome.exitCode() == RunLauncher.COMPLETED ? console.out() : console.err(),
                    outcome.message());
            return outcome.exitCode();
        });
        marker.ifPresent(StateMarker::record);
        return exitCode;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
