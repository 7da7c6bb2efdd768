package org.zhibiao.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhibiao.classify.Catalogue;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.job.staging.FactQueries;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Indicator;
import org.zhibiao.workbook.DisplayNames;
import org.zhibiao.workbook.WorkbookSettings;
import org.zhibiao.workbook.WorkbookWriter;
import org.zhibiao.workbook.item.XlsxItemWriter;
import org.zhibiao.workbook.item.XlsxItemWriterBuilder;

/**
 * The export's wiring, shared by the nightly job's {@code export} step and the rebuild job's
 * {@code rebuildWorkbook} step: the staged rows in workbook order, written by the {@link XlsxItemWriter} into the
 * core's {@link WorkbookWriter} (its section sheets are the items' sheets), with the fixed sheets written by
 * {@link ExportSheets} around them. The workbook is written after the last chunk, inside the step.
 */
final class ExportStep {

    /**
     * Rows per chunk. Each chunk costs the JobRepository an update of the step and its context (a few ms on H2);
     * at 5,000 rows that is about 480 updates for the 2.4 million rows of 10,000 documents, well under 1 % of the
     * export's 45 s, where chunks of 100 rows would add seconds. The rows of a chunk are small next to the heap
     * (about 5 MB); nothing else depends on the size, since a restart rewrites the whole workbook anyway.
     */
    static final int CHUNK_ROWS = 5_000;

    private ExportStep() {
    }

    static Step step(String name, JobRepository jobRepository, PlatformTransactionManager tx,
            StagedIndicatorReader reader, XlsxItemWriter<Indicator> writer, StepLogListener log) {
        return new StepBuilder(name, jobRepository).<Indicator, Indicator>chunk(CHUNK_ROWS)
                .transactionManager(tx)
                .reader(XlsxItemWriter.signallingEndOfInput(reader, writer))
                .writer(writer)
                .listener(log)
                .build();
    }

    static XlsxItemWriter<Indicator> writer(long runId, LocalDate runDate, Path outputDir, StepExecution self,
            StagedIndicatorReader reader, StagingRepository staging, FactQueries facts, JobRepository jobRepository,
            PlatformTransactionManager tx, Taxonomy taxonomy, Catalogue catalogue, RunSettings settings) {
        Path target = workbookPath(outputDir, runDate);
        Path factsTarget = outputDir.resolve("facts-" + runDate + ".csv");
        TransactionTemplate readOnly = new TransactionTemplate(tx);
        readOnly.setReadOnly(true);
        ExportSheets sheets = new ExportSheets(runId, runDate, self, staging, facts, jobRepository, readOnly, reader,
                settings.maxLinks());
        WorkbookSettings workbook = WorkbookSettings.forLocale(settings.locale())
                .withMaxRowsPerSheet(settings.maxRowsPerSheet())
                .withMaxLinks(settings.maxLinks());
        Map<String, String> indicatorsInEnglish = new HashMap<>();
        catalogue.entries().forEach(e -> indicatorsInEnglish.put(e.code(), e.english()));
        DisplayNames names = new DisplayNames(taxonomy.englishNames(), indicatorsInEnglish);
        return new XlsxItemWriterBuilder<Indicator>()
                .name("workbook")
                .path(target)
                .workbook(() -> ExportWorkbook.open(target, factsTarget,
                        () -> new WorkbookWriter(taxonomy.sections(), workbook, names)), sheets::header, sheets::footer)
                .saveState(false) // a restarted export rewrites the whole file
                .build();
    }

    static Path workbookPath(Path outputDir, LocalDate date) {
        return outputDir.resolve("indicators-" + date + ".xlsx");
    }
}
