package org.zhibiao.csv;

import java.util.List;

/**
 * One logical CSV record: physical lines {@code firstLine..lastLine} (1-based), its raw text and cells
 * (trimmed, cut to the cell limit), or {@code unbalanced} when its opening quote never closes.
 */
record CsvRecord(int firstLine, int lastLine, String raw, List<String> cells, boolean unbalanced) {

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Cells beyond {@code width} that hold something (a trailing comma gives an empty one). */
    boolean hasContentBeyond(int width) {
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    long nonEmptyCells() {
        return cells.stream().filter(c -> !c.isEmpty()).count();
    }
}
