package org.zhibiao.input;

import java.util.List;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;

/** What one input file gave: its facts for 运行信息, its indicator rows and its rejections (拒绝记录). */
public record FileOutcome(InputFileFacts facts, List<Indicator> indicators, List<Rejection> rejections) {

    public FileOutcome withIndicators(List<Indicator> newIndicators) {
        return new FileOutcome(facts, newIndicators, rejections);
    }
}
