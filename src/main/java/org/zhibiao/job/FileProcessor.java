package org.zhibiao.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.zhibiao.classify.FactResolver;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.PeriodResolver;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.input.FileFacts;
import org.zhibiao.input.FileOutcome;
import org.zhibiao.input.ReportFile;
import org.zhibiao.input.TableFile;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.validate.Validator;

/**
 * Reads one input file by name and checks it: decode, parse, extract and classify (reports) or read and classify
 * (tables), the facts --file-facts and the catalogue give, then the rules that look at one file. Whatever the
 * file holds ends up in its rows or its rejections; an exception here is a defect, and the step's skip policy
 * ({@link FileSkipPolicy}) skips the file and {@link SkippedFileListener} records why.
 */
public final class FileProcessor implements ItemProcessor<String, CheckedFile> {

    private final Function<String, FileOutcome> reader;
    private final Validator withinFile = Validator.withinFile();

    /** @param reader reads one file of the folder by name, with its facts resolved */
    public FileProcessor(Function<String, FileOutcome> reader) {
        this.reader = reader;
    }

    /** Reports of {@code folder}: text decoded, sentences parsed, quantities extracted and classified. */
    public static FileProcessor reports(Path folder, Taxonomy taxonomy, ReportFile.Limits limits,
            FileFacts fileFacts, FactResolver facts) {
        IndicatorAssembler assembler = new IndicatorAssembler(taxonomy);
        return new FileProcessor(file -> {
            FileOutcome outcome = ReportFile.read(folder, file, assembler, limits);
            return outcome.withIndicators(facts.resolve(
                    outcome.indicators().stream().map(fileFacts.forFile(file)).toList()));
        });
    }

    /** CSV tables of {@code folder}: rows read, put on sections and given the year's period. */
    public static FileProcessor tables(Path folder, Taxonomy taxonomy, ReportFile.Limits limits,
            FileFacts fileFacts, FactResolver facts) {
        CsvSections sections = new CsvSections(taxonomy);
        return new FileProcessor(file -> {
            FileOutcome outcome = TableFile.read(folder, file, new CsvTableReader(), fileFacts.of(file),
                    row -> fileFacts.forFile(file).apply(PeriodResolver.withYearPeriod(sections.apply(row))),
                    limits);
            return outcome.withIndicators(facts.resolve(outcome.indicators()));
        });
    }

    @Override
    public CheckedFile process(String file) {
        long started = System.nanoTime();
        FileOutcome outcome = reader.apply(file);
        return check(outcome, withinFile, started);
    }

    /**
     * The rules that look at one file run here, while its rows are in memory, instead of reading every row back
     * from staging afterwards. Rows are numbered by position; staging turns the positions into row ids once the
     * rows are inserted.
     */
    static CheckedFile check(FileOutcome outcome, Validator withinFile, long started) {
        List<Indicator> indicators = outcome.indicators();
        List<Indicator> numbered = new ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            numbered.add(indicators.get(i).withId(i + 1));
        }
        List<Finding> findings = withinFile.validate(numbered);
        List<Indicator> rows = findings.isEmpty() ? numbered : Validator.annotate(numbered, findings);
        return new CheckedFile(outcome.facts(), rows, outcome.rejections(), findings, started);
    }
}
