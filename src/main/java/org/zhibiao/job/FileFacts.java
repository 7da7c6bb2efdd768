package org.zhibiao.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.zhibiao.classify.PeriodResolver;
import org.zhibiao.model.Indicator;

/**
 * Region and year given per input file (--file-facts=FILE), for reports and tables that do not say where or
 * when: a CSV file with the columns 文件,地区,年份 (or file,region,year); an empty cell keeps what the file says.
 */
final class FileFacts {

    private record Place(String region, Integer year) {
    }

    private final Map<String, Place> byFile;

    private FileFacts(Map<String, Place> byFile) {
        this.byFile = Map.copyOf(byFile);
    }

    static FileFacts none() {
        return new FileFacts(Map.of());
    }

    static FileFacts load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取文件信息表 " + file + " / cannot read --file-facts " + file
                    + ": " + e.getMessage(), e);
        }
        Map<String, Place> places = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#") || i == 0 && line.matches("(?i)(文件|file)\\s*,.*")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3 || cells[0].isBlank()) {
                throw new IllegalArgumentException(String.format("%s 第%d行应为“文件,地区,年份” / %s line %d: expected"
                        + " file,region,year: %s", file, i + 1, file, i + 1, line));
            }
            places.put(cells[0].strip(), new Place(blankToNull(cells[1]), year(file, i + 1, cells[2])));
        }
        return new FileFacts(places);
    }

    /** What to do with the rows of one input file: nothing, or set the given region and year (and move the period). */
    UnaryOperator<Indicator> forFile(String file) {
        Place place = byFile.get(file);
        if (place == null) {
            return UnaryOperator.identity();
        }
        return row -> {
            Indicator placed = row.withPlace(place.region() != null ? place.region() : row.region(), row.year());
            if (place.year() == null) {
                return placed;
            }
            // the period keeps its part of the year (2022H1 given 2020 is 2020H1) and ends in the given year
            return placed.withPeriod(PeriodResolver.movedTo(row.period(), place.year()), place.year());
        };
    }

    private static String blankToNull(String cell) {
        return cell.isBlank() ? null : cell.strip();
    }

    private static Integer year(Path file, int line, String cell) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.strip().replace("年", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format("%s 第%d行：年份“%s”不是数字 / %s line %d: year \"%s\""
                    + " is not a number", file, line, cell, file, line, cell), e);
        }
    }
}
