package org.zhibiao.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
}
