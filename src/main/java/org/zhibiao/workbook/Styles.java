package org.zhibiao.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The workbook's cell styles. A workbook holds at most 64,000 styles and every style is kept in memory, so
 * each distinct combination is created once, on first use, and reused for every cell (never one per cell).
 * The combinations are few: role × number format × row fill × wrap × quote prefix.
 */
final class Styles {

    /** Row highlight by validation outcome. */
    enum Fill {
        NONE(null), WARNING(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}), ERROR(
                new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE});

        private final byte[] rgb;

        Fill(byte[] rgb) {
            this.rgb = rgb;
        }
    }

    private enum Role { HEADER, TITLE, LABEL, TEXT, NUMBER, LINK }

    private record Key(Role role, String format, Fill fill, boolean wrap, boolean quote) {
    }

    /** Integers without separators: years and line numbers (2021, not 2,021). */
    static final String PLAIN_INTEGER = "0";
    static final String DATE = "yyyy-mm-dd";
    static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";
    private static final int MAX_DECIMALS = 10;
    private static final byte[] HEADER_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};

    private final Workbook workbook;
    private final DataFormat dataFormat;
    private final Map<Key, CellStyle> created = new HashMap<>();
    private final String[] decimalFormats = new String[MAX_DECIMALS + 1];
    private final CellStyle[] textStyles = new CellStyle[Fill.values().length * 4];
    private Font bold;
    private Font titleFont;
    private Font linkFont;

    Styles(Workbook workbook) {
        this.workbook = workbook;
        this.dataFormat = workbook.createDataFormat();
    }

    /** {@code #,##0} with {@code decimals} zeros after the point: 81.9 -> {@code #,##0.0}, 2400000000 -> {@code #,##0}. */
    static String thousands(int decimals) {
        int d = Math.max(0, Math.min(MAX_DECIMALS, decimals));
        return d == 0 ? "#,##0" : "#,##0." + "0".repeat(d);
    }

    /** Format for a number as written: as many decimals as the text had. */
    String decimalsFormat(int decimals) {
        int d = Math.max(0, Math.min(MAX_DECIMALS, decimals));
        if (decimalFormats[d] == null) {
            decimalFormats[d] = thousands(d);
        }
        return decimalFormats[d];
    }

    CellStyle header() {
        return style(new Key(Role.HEADER, null, Fill.NONE, false, false));
    }

    CellStyle title() {
        return style(new Key(Role.TITLE, null, Fill.NONE, false, false));
    }

    CellStyle label() {
        return style(new Key(Role.LABEL, null, Fill.NONE, false, false));
    }

    CellStyle text(Fill fill, boolean wrap, boolean quote) {
        // the most frequent lookup (most cells are text): an array, no key object per cell
        int index = fill.ordinal() * 4 + (wrap ? 2 : 0) + (quote ? 1 : 0);
        CellStyle style = textStyles[index];
        if (style == null) {
            style = style(new Key(Role.TEXT, null, fill, wrap, quote));
            textStyles[index] = style;
        }
        return style;
    }

    CellStyle number(Fill fill, String format) {
        return style(new Key(Role.NUMBER, format, fill, false, false));
    }

    CellStyle link(Fill fill, boolean quote) {
        return style(new Key(Role.LINK, null, fill, false, quote));
    }

    /** How many styles this writer created (a test keeps this small). */
    int count() {
        return created.size();
    }

    private CellStyle style(Key key) {
        CellStyle style = created.get(key);
        if (style == null) {
            style = create(key);
            created.put(key, style);
        }
        return style;
    }

    private CellStyle create(Key key) {
        XSSFCellStyle s = (XSSFCellStyle) workbook.createCellStyle();
        switch (key.role()) {
            case HEADER:
                s.setFont(bold());
                s.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setBorderBottom(BorderStyle.THIN);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                return s;
            case TITLE:
                s.setFont(titleFont());
                return s;
            case LABEL:
                s.setFont(bold());
                s.setVerticalAlignment(VerticalAlignment.TOP);
                return s;
            case LINK:
                s.setFont(linkFont());
                break;
            case NUMBER:
                s.setDataFormat(dataFormat.getFormat(key.format()));
                if (key.format().startsWith("yyyy")) {
                    s.setAlignment(HorizontalAlignment.LEFT); // a date beside labels reads as text, not as a figure
                }
                break;
            default:
                break;
        }
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(key.wrap());
        s.setQuotePrefixed(key.quote());
        if (key.fill().rgb != null) {
            s.setFillForegroundColor(new XSSFColor(key.fill().rgb, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private Font bold() {
        if (bold == null) {
            bold = workbook.createFont();
            bold.setBold(true);
        }
        return bold;
    }

    private Font titleFont() {
        if (titleFont == null) {
            titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
        }
        return titleFont;
    }

    private Font linkFont() {
        if (linkFont == null) {
            XSSFFont f = (XSSFFont) workbook.createFont();
            f.setUnderline(FontUnderline.SINGLE);
            f.setColor(new XSSFColor(new byte[] {0x05, 0x63, (byte) 0xC1}, null));
            linkFont = f;
        }
        return linkFont;
    }
}
