package org.zhibiao.text;

/** Turns report text (markdown or plain) into sentences with heading paths. API stub: to be implemented. */
public final class ReportParser {

    public Document parse(String file, String content) {
        throw new UnsupportedOperationException("not yet");
    }
}
