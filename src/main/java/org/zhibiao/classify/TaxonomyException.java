package org.zhibiao.classify;

/** A taxonomy file that cannot be used; the message (Chinese, then English) names the file and the line. */
public final class TaxonomyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaxonomyException(String message) {
        super(message);
    }

    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }
}
