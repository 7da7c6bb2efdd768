package org.zhibiao.job;

import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Which failures skip the file being read: an exception thrown while processing one file (a defect met on an
 * odd file) skips it, whatever the number already skipped (the reject-ratio gate judges the run). An Error
 * (OutOfMemoryError, StackOverflowError) and a failure of staging or its transaction fail the step: they are
 * not the file's fault, the next file would meet them too, and the step's failure prints the advice that
 * resumes the run. Explicit because Spring Batch 6's chunk-oriented step skips by its own defaults otherwise.
 */
public final class FileSkipPolicy implements SkipPolicy {

    @Override
    public boolean shouldSkip(Throwable failure, long skipCount) {
        return failure instanceof Exception
                && !(failure instanceof DataAccessException)
                && !(failure instanceof TransactionException);
    }
}
