package org.zhibiao.workbook.item;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.zhibiao.workbook.StreamingWorkbook;

/**
 * How an item becomes a row: the columns (header, cell type, value), the sheet each item belongs to, and
 * optional width caps and wrapping. Immutable; build one with {@link #builder()}:
 *
 * <pre>{@code
 * SheetLayout<Indicator> layout = SheetLayout.<Indicator>builder()
 *         .sheet(Indicator::section)                 // one sheet per section
 *         .text("指标", Indicator::name)
 *         .number("数值", Indicator::value)
 *         .integer("年份", Indicator::year)
 *         .date("日期", Indicator::published)
 *         .highlight(i -> i.check() == Severity.ERROR ? Highlight.ERROR : Highlight.NONE) // per-row fill
 *         .build();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class SheetLayout<T> {

    /** The cell types a column can have. Text is always stored as text, never as a formula. */
    public enum CellType { TEXT, WRAPPED_TEXT, NUMBER, INTEGER, DATE, DATE_TIME }

    /** One column: its header, type, widest width in digit widths, and how to get its value from an item. */
    public record Column<T>(String header, CellType type, int widthCap, Function<? super T, ?> value) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            if (widthCap < 1 || widthCap > 255) {
                throw new IllegalArgumentException("widthCap of column " + header + " must be 1..255: " + widthCap);
            }
        }
    }

    private final List<Column<T>> columns;
    private final Function<? super T, String> sheetChooser;
    private final String emptySheetName;
    private final List<String> headers;
    private final int[] widthCaps;
    private final Function<? super T, StreamingWorkbook.Highlight> highlighter;

    private SheetLayout(Builder<T> builder) {
        this.highlighter = builder.highlighter;
        this.columns = List.copyOf(builder.columns);
        this.sheetChooser = builder.sheetChooser;
        this.emptySheetName = builder.emptySheetName;
        this.headers = columns.stream().map(Column::header).toList();
        this.widthCaps = columns.stream().mapToInt(Column::widthCap).toArray();
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public List<Column<T>> columns() {
        return columns;
    }

    List<String> headers() {
        return headers;
    }

    int[] widthCaps() {
        return widthCaps.clone();
    }

    /** The sheet {@code item} belongs to, as wanted (the workbook makes it a name Excel accepts). */
    String sheetOf(T item) {
        String name = sheetChooser.apply(item);
        return name == null || name.isBlank() ? emptySheetName : name;
    }

    /** The sheet written when no item was: a workbook needs one, and the headers show what was expected. */
    String emptySheetName() {
        return emptySheetName;
    }

    void writeRow(T item, StreamingWorkbook.Sheet sheet) {
        sheet.startRow();
        if (highlighter != null) {
            sheet.highlight(highlighter.apply(item));
        }
        for (int c = 0; c < columns.size(); c++) {
            Column<T> column = columns.get(c);
            Object value = column.value().apply(item);
            switch (column.type()) {
                case TEXT -> sheet.text(c, value == null ? null : value.toString(), false);
                case WRAPPED_TEXT -> sheet.text(c, value == null ? null : value.toString(), true);
                case NUMBER -> sheet.number(c, (Number) value);
                case INTEGER -> sheet.integer(c, (Number) value);
                case DATE -> sheet.date(c, (LocalDate) value);
                case DATE_TIME -> sheet.dateTime(c, (LocalDateTime) value);
            }
        }
        sheet.endRow();
    }

    /** Columns in order, a sheet chooser (default: every item on {@code Sheet1}). */
    public static final class Builder<T> {

        private final List<Column<T>> columns = new ArrayList<>();
        private Function<? super T, String> sheetChooser;
        private String emptySheetName = "Sheet1";
        private Function<? super T, StreamingWorkbook.Highlight> highlighter;

        private Builder() {
        }

        /**
         * A per-row style hook: each item's row filled as {@code highlighter} says (yellow for WARNING, red for
         * ERROR, as the job marks rows that failed a check); null means NONE. Number formats are kept.
         */
        public Builder<T> highlight(Function<? super T, StreamingWorkbook.Highlight> highlighter) {
            this.highlighter = Objects.requireNonNull(highlighter, "highlighter");
            return this;
        }

        /** Every item on one sheet named {@code name}. */
        public Builder<T> sheet(String name) {
            Objects.requireNonNull(name, "name");
            this.emptySheetName = name;
            this.sheetChooser = item -> name;
            return this;
        }

        /** Each item on the sheet {@code chooser} names; a null or blank name means the default sheet. */
        public Builder<T> sheet(Function<? super T, String> chooser) {
            this.sheetChooser = Objects.requireNonNull(chooser, "chooser");
            return this;
        }

        /** The sheet for items without a sheet name, and the one written when there are no items. */
        public Builder<T> defaultSheet(String name) {
            this.emptySheetName = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder<T> text(String header, Function<? super T, ?> value) {
            return column(header, CellType.TEXT, StreamingWorkbook.DEFAULT_WIDTH_CAP, value);
        }

        /** Text wrapped in a column {@code width} digits wide (long sentences). */
        public Builder<T> wrappedText(String header, int width, Function<? super T, ?> value) {
            return column(header, CellType.WRAPPED_TEXT, width, value);
        }

        public Builder<T> number(String header, Function<? super T, ? extends Number> value) {
            return column(header, CellType.NUMBER, StreamingWorkbook.DEFAULT_WIDTH_CAP, value);
        }

        public Builder<T> integer(String header, Function<? super T, ? extends Number> value) {
            return column(header, CellType.INTEGER, StreamingWorkbook.DEFAULT_WIDTH_CAP, value);
        }

        public Builder<T> date(String header, Function<? super T, LocalDate> value) {
            return column(header, CellType.DATE, StreamingWorkbook.DEFAULT_WIDTH_CAP, value);
        }

        public Builder<T> dateTime(String header, Function<? super T, LocalDateTime> value) {
            return column(header, CellType.DATE_TIME, StreamingWorkbook.DEFAULT_WIDTH_CAP, value);
        }

        /** Any column, with its own width cap (digit widths, 1..255). */
        public Builder<T> column(String header, CellType type, int widthCap, Function<? super T, ?> value) {
            columns.add(new Column<>(header, type, widthCap, value));
            return this;
        }

        public SheetLayout<T> build() {
            if (columns.isEmpty()) {
                throw new IllegalStateException("a sheet layout needs at least one column");
            }
            if (sheetChooser == null) {
                String name = emptySheetName;
                sheetChooser = item -> name;
            }
            return new SheetLayout<>(this);
        }
    }
}
