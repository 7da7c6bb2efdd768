package org.zhibiao.job;

import java.util.List;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;

/**
 * One input file read and checked, ready to stage: the item {@link FileProcessor} hands to {@link StagingWriter}.
 *
 * @param rows     the file's indicator rows with 校验/说明 set, numbered by position (1 = first row)
 * @param findings the file's own findings, naming rows by those positions (staging turns them into row ids)
 * @param started  {@link System#nanoTime()} when its processing began, for the per-file log line
 */
public record CheckedFile(InputFileFacts facts, List<Indicator> rows, List<Rejection> rejections,
        List<Finding> findings, long started) {
}
