package org.zhibiao.workbook.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
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
        JobParameters parameters = new JobParameters();
        JobInstance instance = repository.createJobInstance("export", parameters);
        JobExecution job = repository.createJobExecution(instance, parameters, new ExecutionContext());
        StepExecution execution = repository.createStepExecution(step.getName(), job);
        step.execute(execution);
        return execution;
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
}
