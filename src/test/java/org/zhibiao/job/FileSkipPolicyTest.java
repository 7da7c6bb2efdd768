package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures skip one file and which fail the step, whatever the number of files already skipped. */
class FileSkipPolicyTest {

    @ParameterizedTest(name = "{0}: skip {1}")
    @CsvSource({
        // a defect met on one file: that file is skipped
        "java.lang.IllegalStateException,                                  true",
        "java.lang.NumberFormatException,                                  true",
        "java.lang.IndexOutOfBoundsException,                              true",
        "java.io.IOException,                                              true",
        // the JVM is in trouble: every file would be
        "java.lang.OutOfMemoryError,                                       false",
        "java.lang.StackOverflowError,                                     false",
        "java.lang.LinkageError,                                           false",
        // staging (the database) failed: not the file's fault
        "org.springframework.dao.DataAccessResourceFailureException,       false",
        "org.springframework.dao.DataIntegrityViolationException,          false",
        "org.springframework.transaction.CannotCreateTransactionException, false"})
    void skipsExceptionsOfOneFileButNeitherErrorsNorStagingFailures(String type, boolean skip) throws Exception {
        Throwable failure = (Throwable) Class.forName(type).getConstructor(String.class).newInstance("composed");
        FileSkipPolicy policy = new FileSkipPolicy();

        assertThat(policy.shouldSkip(failure, 0)).isEqualTo(skip);
        assertThat(policy.shouldSkip(failure, 10_000)).as("no limit: the reject-ratio gate judges the run")
                .isEqualTo(skip);
    }
}
