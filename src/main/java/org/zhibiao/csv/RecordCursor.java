package org.zhibiao.csv;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the physical lines of a decoded file and yields logical records, parsed with opencsv's RFC 4180
 * parser. Quoted fields may span lines; the cursor joins lines while the quote count is odd, up to a
 * limit. When a quote never closes (or joining gives a record of the wrong width) only the first line is
 * reported as unbalanced and reading resumes on the next line, so one stray quote costs one record.
 */
final class RecordCursor {

    private final List<String> lines;
    private final RFC4180Parser parser;
    private final CsvSettings settings;
    private int next;
    private int expectedWidth;

    RecordCursor(String text, char separator, CsvSettings settings) {
        this.lines = splitLines(text);
        this.parser = new RFC4180ParserBuilder().withSeparator(separator).build();
        this.settings = settings;
    }

    /** Once the header is known, a multi-line record of another width is taken as a stray quote. */
    void expectWidth(int width) {
        this.expectedWidth = width;
    }

    boolean hasNext() {
        return next < lines.size();
    }

    CsvRecord next() {
        int first = next;
        StringBuilder text = new StringBuilder(lines.get(first));
        int quotes = countQuotes(lines.get(first));
        int last = first;
        while (quotes % 2 != 0 && last + 1 < lines.size() && last - first + 1 < settings.maxRecordLines()) {
            last++;
            text.append('\n').append(lines.get(last));
            quotes += countQuotes(lines.get(last));
        }
        if (quotes % 2 == 0) {
            List<String> cells = parse(text.toString());
            if (cells != null) {
                CsvRecord record = new CsvRecord(first + 1, last + 1, text.toString(), cells, false);
                boolean strayQuote = last > first && expectedWidth > 0
                        && (cells.size() < expectedWidth || record.hasContentBeyond(expectedWidth));
                if (!strayQuote) {
                    next = last + 1;
                    return record;
                }
            }
        }
        next = first + 1;
        return new CsvRecord(first + 1, first + 1, lines.get(first), List.of(), true);
    }

    private List<String> parse(String record) {
        try {
            String[] raw = parser.parseLine(record);
            if (raw == null || parser.isPending()) {
                return null;
            }
            List<String> cells = new ArrayList<>(raw.length);
            for (String cell : raw) {
                // A byte order mark inside the text (files joined together) is not content.
                String clean = cell == null ? "" : cell.replace("\uFEFF", "").strip();
                cells.add(clean.length() > settings.maxCellChars() ? clean.substring(0, settings.maxCellChars())
                        : clean);
            }
            return cells;
        } catch (IOException | RuntimeException malformed) {
            return null;
        }
    }

    private static int countQuotes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    /** Physical lines as a text reader counts them: \r\n, \n or \r end a line. */
    static List<String> splitLines(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                result.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            result.add(text.substring(start));
        }
        return result;
    }
}
