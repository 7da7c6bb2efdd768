package org.zhibiao.validate;

import java.util.List;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;

/** Checks indicators within and across sources. Indicators must carry staging ids. API stub. */
public final class Validator {

    public List<Finding> validate(List<Indicator> indicators) {
        throw new UnsupportedOperationException("not yet");
    }
}
