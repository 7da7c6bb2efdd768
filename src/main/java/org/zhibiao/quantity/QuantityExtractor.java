package org.zhibiao.quantity;

import java.util.List;

/** Finds every measured quantity in one sentence. API stub: to be implemented. */
public final class QuantityExtractor {

    public List<Mention> extract(String sentence) {
        throw new UnsupportedOperationException("not yet");
    }
}
