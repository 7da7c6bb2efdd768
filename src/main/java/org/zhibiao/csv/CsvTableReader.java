package org.zhibiao.csv;

import java.nio.file.Path;

/** Reads one CSV indicator table (long or wide). API stub. */
public final class CsvTableReader {

    public CsvResult read(Path file, String fileName) {
        throw new UnsupportedOperationException("not yet");
    }
}
