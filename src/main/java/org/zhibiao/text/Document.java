package org.zhibiao.text;

import java.util.List;

/** A report split into sentences; {@code title} is the first heading or first line, may be empty. */
public record Document(String file, String title, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }
}
