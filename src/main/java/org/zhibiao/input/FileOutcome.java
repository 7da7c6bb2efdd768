package org.zhibiao.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;

/** What one input file gave: its facts for 运行信息, its indicator rows and its rejections (拒绝记录). */
public record FileOutcome(InputFileFacts facts, List<Indicator> indicators, List<Rejection> rejections) {

    public FileOutcome withIndicators(List<Indicator> newIndicators) {
        return new FileOutcome(facts, newIndicators, rejections);
    }

    /**
     * A file whose processing failed on a defect: one record, rejected with the cause, so the file stays in
     * 运行信息 and 拒绝记录. Its size and SHA-256 are those it has now, so that a restart's survey reads it again
     * only once it changed (an unreadable file keeps none, and is tried again).
     *
     * @param kind {@link ReportFile#KIND} or {@link TableFile#KIND}
     */
    public static FileOutcome failed(Path inputDir, String file, String kind, Throwable cause) {
        FileDigest.Read now;
        try {
            now = FileDigest.of(InputFolder.resolve(inputDir, file));
        } catch (IOException | RuntimeException e) {
            now = new FileDigest.Read(0, "");
        }
        String message = String.valueOf(cause);
        Rejection rejection = new Rejection(file, 0, "", "内部错误，文件未能处理：" + message,
                "internal error, file not processed: " + message);
        return new FileOutcome(new InputFileFacts(file, kind, now.bytes(), now.sha256(), 1, 0, 1, 0, 0), List.of(),
                List.of(rejection));
    }
}
