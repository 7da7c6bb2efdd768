package org.zhibiao.workbook;

import java.util.Map;

/**
 * The names an English workbook shows for what the run's configuration names in Chinese: sections (the taxonomy's
 * {@code english =} names, used for the section sheets and on 概览) and catalogue indicators (the catalogue's
 * English names, used for 标准指标 and the panel's rows). A Chinese workbook, or a name with no English given,
 * shows the configured name itself.
 *
 * @param sections   section name → English name
 * @param indicators catalogue code → English name
 */
public record DisplayNames(Map<String, String> sections, Map<String, String> indicators) {

    public static final DisplayNames NONE = new DisplayNames(Map.of(), Map.of());
    static final String UNCLASSIFIED_EN = "Unclassified";

    public DisplayNames {
        sections = Map.copyOf(sections);
        indicators = Map.copyOf(indicators);
    }

    String section(String section, WorkbookSettings.Language language) {
        if (language != WorkbookSettings.Language.EN) {
            return section;
        }
        return SectionSheets.UNCLASSIFIED.equals(section) ? sections.getOrDefault(section, UNCLASSIFIED_EN)
                : sections.getOrDefault(section, section);
    }

    /** The standard name of a mapped row: the catalogue's English name in English, else {@code standardName}. */
    String indicator(String code, String standardName, WorkbookSettings.Language language) {
        if (language != WorkbookSettings.Language.EN || code == null) {
            return standardName;
        }
        return indicators.getOrDefault(code, standardName);
    }
}
