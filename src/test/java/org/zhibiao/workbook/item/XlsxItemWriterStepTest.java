package org.zhibiao.workbook.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

/** The writer as a chunk-oriented step's writer: the step opens, writes, updates and closes it. */
class XlsxItemWriterStepTest {

    @TempDir
    Path folder;

    private final JobRepository repository = new ResourcelessJobRepository();

    private StepExecution run(Step step) throws Exception {
        return run(step, new ExecutionContext());
    }

    /** Runs {@code step} with {@code saved} as its context: a restart finds what the failed execution left. */
    private StepExecution run(Step step, ExecutionContext saved) throws Exception {
        JobParameters parameters = new JobParameters();
        JobInstance instance = repository.createJobInstance("export" + System.nanoTime(), parameters);
        JobExecution job = repository.createJobExecution(instance, parameters, new ExecutionContext());
        StepExecution execution = repository.createStepExecution(step.getName(), job);
        execution.setExecutionContext(new ExecutionContext(saved));
        step.execute(execution);
        return execution;
    }

    /** The step with its reader signalling the end of input to the writer, so the file is written in its last chunk. */
    private Step signalling(List<Reading> items, XlsxItemWriter<Reading> writer, StepExecutionListener... listeners) {
        var builder = new StepBuilder("exportReadings", repository).<Reading, Reading>chunk(4)
                .transactionManager(new ResourcelessTransactionManager())
                .reader(XlsxItemWriter.signallingEndOfInput(new ListItemReader<>(items), writer))
                .writer(writer);
        for (StepExecutionListener listener : listeners) {
            builder.listener(listener);
        }
        return builder.build();
    }

    private Step step(List<Reading> items, ItemProcessor<Reading, Reading> processor, XlsxItemWriter<Reading> writer) {
        return new StepBuilder("exportReadings", repository).<Reading, Reading>chunk(4)
                .transactionManager(new ResourcelessTransactionManager())
                .reader(new ListItemReader<>(items))
                .processor(processor)
                .writer(writer)
                .build();
    }

    private XlsxItemWriter<Reading> writer(Path target) {
        return new XlsxItemWriterBuilder<Reading>().name("readings").path(target).layout(Reading.LAYOUT).rowLimit(5)
                .build();
    }

    @Test
    void aChunkStepWritesTheWorkbook() throws Exception {
        List<Reading> items = Reading.interleaved(23, "华东", "华北");
        Path target = folder.resolve("readings.xlsx");

        StepExecution execution = run(step(items, item -> item, writer(target)));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getWriteCount()).isEqualTo(23);
        assertThat(execution.getExecutionContext().getLong("readings.rows.written")).isEqualTo(23);
        // 12 rows of 华东 and 11 of 华北, five to a sheet
        assertThat(Workbooks.firstColumns(target).keySet())
                .containsExactly("华东", "华东 (2)", "华东 (3)", "华北", "华北 (2)", "华北 (3)");
        assertThat(Workbooks.firstColumns(target).values().stream().mapToInt(List::size).sum()).isEqualTo(23);
        assertThat(Workbooks.filesIn(folder)).containsExactly("readings.xlsx");
    }

    @Test
    void aStepThatFailsAfterSomeChunksPublishesNoWorkbook() throws Exception {
        List<Reading> items = Reading.interleaved(23, "华东", "华北");
        Path target = folder.resolve("readings.xlsx");
        ItemProcessor<Reading, Reading> failsAtItem10 = item -> {
            if (item.name().equals("item 10")) {
                throw new IllegalStateException("unreadable item");
            }
            return item;
        };

        StepExecution execution = run(step(items, failsAtItem10, writer(target)));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getWriteCount()).isEqualTo(8); // two chunks of four committed before the failure
        assertThat(execution.getExecutionContext().getLong("readings.rows.written")).isEqualTo(8);
        assertThat(Workbooks.filesIn(folder)).isEmpty();
    }

    @Test
    void aRestartAfterAFailedChunkRewritesTheWholeWorkbook() throws Exception {
        List<Reading> items = Reading.interleaved(23, "华东", "华北");
        Path target = folder.resolve("readings.xlsx");
        AtomicBoolean broken = new AtomicBoolean(true);
        ItemProcessor<Reading, Reading> failsOnceAtItem10 = item -> {
            if (broken.get() && item.name().equals("item 10")) {
                throw new IllegalStateException("database gone");
            }
            return item;
        };
        XlsxItemWriter<Reading> writer = new XlsxItemWriterBuilder<Reading>().name("readings").path(target)
                .layout(Reading.LAYOUT).rowLimit(5).saveState(false).build();

        StepExecution failed = run(step(items, failsOnceAtItem10, writer));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(target).doesNotExist();
        broken.set(false);
        StepExecution restarted = run(step(items, failsOnceAtItem10, writer), failed.getExecutionContext());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> written = Workbooks.firstColumns(target).values().stream().flatMap(List::stream).toList();
        assertThat(written).hasSize(23).doesNotHaveDuplicates();
    }

    @Test
    void withTheEndOfInputSignalledTheFileIsInPlaceBeforeTheStepEnds() throws Exception {
        Path target = folder.resolve("readings.xlsx");
        AtomicBoolean inPlaceAtAfterStep = new AtomicBoolean();
        StepExecutionListener watcher = new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                inPlaceAtAfterStep.set(Files.exists(target));
                return null;
            }
        };
        XlsxItemWriter<Reading> writer = writer(target);

        StepExecution execution = run(signalling(Reading.interleaved(8, "华东"), writer, watcher));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(inPlaceAtAfterStep).isTrue(); // listeners' afterStep run after the writer's (reverse order)
        assertThat(Workbooks.firstColumns(target).values().stream().mapToInt(List::size).sum()).isEqualTo(8);
    }

    @ParameterizedTest(name = "end of input signalled: {0}")
    @ValueSource(booleans = {true, false})
    void aWorkbookThatCannotBeWrittenFailsTheStepAndLeavesNoFile(boolean signalled) throws Exception {
        Path target = Files.createDirectory(folder.resolve("readings.xlsx")); // a folder where the file should go
        List<Reading> items = Reading.interleaved(9, "华东");
        XlsxItemWriter<Reading> writer = writer(target);

        StepExecution execution = run(signalled ? signalling(items, writer) : step(items, item -> item, writer));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getExitStatus().getExitCode()).isEqualTo("FAILED");
        assertThat(execution.getFailureExceptions()).anySatisfy(e -> assertThat(e)
                .hasMessageContaining("could not write the workbook").hasMessageContaining("path names a file"));
        assertThat(target).isEmptyDirectory();
        assertThat(Workbooks.filesIn(folder)).containsExactly("readings.xlsx");
    }

    @Test
    void aFailingFooterFailsTheStepAndLeavesAnEarlierWorkbookAsItWas() throws Exception {
        Path target = folder.resolve("readings.xlsx");
        run(signalling(Reading.interleaved(3, "华东"), writer(target)));
        byte[] before = Files.readAllBytes(target);
        XlsxItemWriter<Reading> failingFooter = new XlsxItemWriterBuilder<Reading>().name("readings").path(target)
                .layout(Reading.LAYOUT).footerCallback(book -> {
                    throw new IllegalStateException("totals query failed");
                }).build();

        StepExecution execution = run(signalling(Reading.interleaved(12, "华东"), failingFooter));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getFailureExceptions()).anySatisfy(e -> assertThat(e)
                .hasMessageContaining("totals query failed"));
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(Workbooks.filesIn(folder)).containsExactly("readings.xlsx");
    }
}
