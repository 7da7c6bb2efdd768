package org.zhibiao.input;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.zhibiao.classify.PeriodResolver;
import org.zhibiao.model.Indicator;

/**
 * What an input file does not say about itself (--file-facts=FILE): a CSV file with the columns
 * 文件,地区,年份,指标,单位 (or file,region,year,indicator,unit). Only 文件 is required; a header row may name any
 * of the other columns in any order, and without one they are taken in that order. An empty cell keeps what the
 * file says. 地区 and 年份 apply to every row of a report or table; 指标 and 单位 to a table that names neither
 * (an NBS export whose "指标：" preamble was cut off), so that it is read whole instead of rejected. Fields may
 * be quoted ("a,b.csv"). A malformed line is an {@link OptionFile.Problem} naming the line and the column.
 */
public final class FileFacts {

    static final String OPTION = "--file-facts";

    /** The facts given for one file; null where the file's own words stand. */
    record Given(String region, Integer year, String indicator, String unit) {
    }

    private enum Column {
        FILE("文件", "file"), REGION("地区", "region"), YEAR("年份", "year"), INDICATOR("指标", "indicator"),
        UNIT("单位", "unit");

        final String chinese;
        final String english;

        Column(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        static Column named(String header) {
            String name = header.strip().toLowerCase(Locale.ROOT);
            for (Column c : values()) {
                if (c.chinese.equals(name) || c.english.equals(name)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final Map<String, Given> byFile;

    private FileFacts(Map<String, Given> byFile) {
        this.byFile = byFile;
    }

    public static FileFacts none() {
        return new FileFacts(new TreeMap<>());
    }

    /** Reads and checks the file (regular file, UTF-8, every line well formed). */
    public static FileFacts load(Path file) {
        return parse(file, OptionFile.read(OPTION, file));
    }

    static FileFacts parse(Path file, String text) {
        Map<String, Given> facts = new TreeMap<>();
        List<Column> columns = List.of(Column.values());
        boolean first = true;
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text)).build()) {
            while (true) {
                int line = (int) reader.getLinesRead() + 1;
                String[] cells;
                try {
                    cells = reader.readNext();
                } catch (CsvValidationException | IOException e) {
                    throw new OptionFile.Problem(OPTION, file, line, 1, "无法解析（引号不成对？）：" + e.getMessage(),
                            "cannot parse (unbalanced quote?): " + e.getMessage());
                }
                if (cells == null) {
                    break;
                }
                if (isBlankOrComment(cells)) {
                    continue;
                }
                if (first && Column.named(cells[0]) == Column.FILE) {
                    columns = header(file, line, cells);
                    first = false;
                    continue;
                }
                first = false;
                row(file, line, cells, columns, facts);
            }
        } catch (IOException e) {
            throw new OptionFile.Problem(OPTION, file, 0, 0, "无法读取：" + e, "cannot read: " + e);
        }
        return new FileFacts(facts);
    }

    private static boolean isBlankOrComment(String[] cells) {
        if (cells[0].strip().startsWith("#")) {
            return true;
        }
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Column> header(Path file, int line, String[] cells) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            Column column = Column.named(cells[i]);
            if (column == null || columns.contains(column) || i > 0 && column == Column.FILE) {
                throw new OptionFile.Problem(OPTION, file, line, i + 1, "表头“" + cells[i] + "”不是 文件、地区、年份、指标、单位"
                        + " 之一或重复", "header \"" + cells[i] + "\" is not one of file, region, year, indicator, unit,"
                                + " or is repeated");
            }
            columns.add(column);
        }
        return columns;
    }

    private static void row(Path file, int line, String[] cells, List<Column> columns, Map<String, Given> facts) {
        for (int i = columns.size(); i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                throw new OptionFile.Problem(OPTION, file, line, i + 1, "多出的一列“" + cells[i] + "”，应为 "
                        + names(columns, true), "extra column \"" + cells[i] + "\", expected " + names(columns, false));
            }
        }
        String name = cell(cells, columns.indexOf(Column.FILE));
        if (name == null) {
            throw new OptionFile.Problem(OPTION, file, line, 1, "文件名为空", "empty file name");
        }
        if (facts.containsKey(name)) {
            throw new OptionFile.Problem(OPTION, file, line, 1, "文件“" + name + "”已在前面给出", "file \"" + name
                    + "\" is given twice");
        }
        int yearAt = columns.indexOf(Column.YEAR);
        facts.put(name, new Given(cell(cells, columns.indexOf(Column.REGION)), year(file, line, yearAt,
                cell(cells, yearAt)), cell(cells, columns.indexOf(Column.INDICATOR)),
                cell(cells, columns.indexOf(Column.UNIT))));
    }

    private static String names(List<Column> columns, boolean chinese) {
        return String.join(",", columns.stream().map(c -> chinese ? c.chinese : c.english).toList());
    }

    private static String cell(String[] cells, int index) {
        return index < 0 || index >= cells.length || cells[index].isBlank() ? null : cells[index].strip();
    }

    private static Integer year(Path file, int line, int index, String cell) {
        if (cell == null) {
            return null;
        }
        String digits = cell.endsWith("年") ? cell.substring(0, cell.length() - 1).strip() : cell;
        if (digits.matches("\\d{4}")) {
            int year = Integer.parseInt(digits);
            if (year >= 1900) {
                return year;
            }
        }
        throw new OptionFile.Problem(OPTION, file, line, index + 1, "年份“" + cell + "”应为 1900 到 9999 的四位数字",
                "year \"" + cell + "\" must be four digits from 1900 to 9999");
    }

    /** What to do with the rows of one input file: nothing, or set the given region and year (and move the period). */
    public UnaryOperator<Indicator> forFile(String file) {
        Given given = byFile.get(file);
        if (given == null || given.region() == null && given.year() == null) {
            return UnaryOperator.identity();
        }
        return row -> {
            Indicator placed = row.withPlace(given.region() != null ? given.region() : row.region(), row.year());
            if (given.year() == null) {
                return placed;
            }
            // the period keeps its part of the year (2022H1 given 2020 is 2020H1) and ends in the given year
            return placed.withPeriod(PeriodResolver.movedTo(row.period(), given.year()), given.year());
        };
    }

    /** The facts given for {@code file}, all null when none. */
    public Given of(String file) {
        return byFile.getOrDefault(file, new Given(null, null, null, null));
    }

    /** The input files the facts name. */
    public Set<String> files() {
        return byFile.keySet();
    }

    /**
     * The facts in a canonical form: equal for two files that give the same facts (whatever their comments,
     * order or quoting), so a restart redoes staged work only when a fact changed.
     */
    public String canonical() {
        StringBuilder text = new StringBuilder();
        byFile.forEach((file, given) -> text.append(file).append('\u0001').append(given).append('\n'));
        return text.toString();
    }
}
