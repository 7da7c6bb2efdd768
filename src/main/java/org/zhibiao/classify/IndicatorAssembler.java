package org.zhibiao.classify;

import java.util.List;
import org.zhibiao.model.Indicator;
import org.zhibiao.text.Document;

/**
 * Turns a parsed report into indicators: quantities of each sentence, with section, region, year,
 * status and source. API stub.
 */
public final class IndicatorAssembler {

    public IndicatorAssembler(Taxonomy taxonomy) {
    }

    /** @param region region when the text does not say (may be null); likewise {@code year} */
    public List<Indicator> assemble(Document document, String region, Integer year) {
        throw new UnsupportedOperationException("not yet");
    }
}
