package org.zhibiao.classify;

/** A catalogue file that cannot be used; the message (Chinese, then English) names the file, line and column. */
public final class CatalogueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
