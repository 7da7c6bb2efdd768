package org.zhibiao.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test documents from the test classpath (src/test/resources), never from ../shared. */
public final class Corpus {

    public static final String SAMPLE = "zhangdian-2021-achievements.md";

    private Corpus() {
    }

    /** @param path under src/test/resources, e.g. corpus/reports/017_….txt */
    public static String read(String path) {
        try (InputStream in = Corpus.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document sample() {
        return parse("corpus/" + SAMPLE);
    }

    public static Document report(String fileName) {
        return parse("corpus/reports/" + fileName);
    }

    private static Document parse(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new ReportParser().parse(name, read(path));
    }
}
