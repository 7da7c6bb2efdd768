package org.zhibiao.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The corpus documents the golden lists describe, read from the test classpath. */
final class GoldenSources {

    private GoldenSources() {
    }

    static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    static String text(String resource) {
        try (InputStream in = GoldenSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no such resource: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document split into lines as the lists count them (1-based line n is element n - 1). */
    static List<String> lines(String resource) {
        return List.of(text(resource).split("\\R", -1));
    }

    /** A data line of a TSV list: where it stands ({@code name:line}, for messages) and its text. */
    record TsvLine(String where, String text) {
    }

    /**
     * The data lines of a TSV list after its header row; blank lines skipped, {@code #} lines handed to
     * {@code comments}. A BOM left by an editor must not hide the header.
     */
    static List<TsvLine> tsvLines(String name, String content, String header, Consumer<String> comments) {
        List<TsvLine> rows = new ArrayList<>();
        boolean headerSeen = false;
        String[] lines = content.replaceFirst("^\uFEFF", "").split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#")) {
                comments.accept(line);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(header)) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected header " + header);
                }
                headerSeen = true;
                continue;
            }
            rows.add(new TsvLine(name + ":" + (i + 1), line));
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(name + ": no header row");
        }
        return rows;
    }
}
