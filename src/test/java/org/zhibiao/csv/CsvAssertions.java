package org.zhibiao.csv;

import static org.assertj.core.api.Assertions.assertThat;

/** The reconciliation every CSV result must satisfy, with a readable failure. */
final class CsvAssertions {

    private CsvAssertions() {
    }

    static void assertReconciles(CsvResult r) {
        assertThat(r.recordsRead())
                .as("%s: recordsRead == indicators + rejections + skipped (%d + %d + %d)", r.file(),
                        r.indicators().size(), r.rejections().size(), r.skipped())
                .isEqualTo(r.indicators().size() + r.rejections().size() + r.skipped());
        assertThat(r.reconciles()).isTrue();
    }
}
