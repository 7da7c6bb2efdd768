package org.zhibiao.quantity;

/** Prints the mentions of a text as JSON lines for --explain. API stub. */
public final class ExplainFormatter {

    public String toJsonLines(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
