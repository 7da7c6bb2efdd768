package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subject quality on 60 hand-labelled corpus mentions (quantity/subjects-gold.tsv): the rules' subject, less
 * its growth words, against what the number measures. Prints exact and acceptable rates; docs/extraction.md
 * compares them with a segmenter-based subject on the same set.
 */
class SubjectQualityTest {

    private static final String[] GROWTH_WORDS = {"比上年末增长", "比上年末下降", "比上年增长", "比上年下降", "同比增长",
        "同比下降", "年均增长", "增长", "下降", "上涨", "减产", "增产", "增加", "减少"};

    private final QuantityExtractor extractor = new QuantityExtractor();

    @Test
    void subjectsMatchHandLabels() throws IOException {
        int exact = 0;
        int acceptable = 0;
        int total = 0;
        StringBuilder misses = new StringBuilder();
        for (String line : read("/quantity/subjects-gold.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            total++;
            List<Mention> mentions = extractor.extract(f[0]);
            String subject = mentions.stream().filter(m -> m.text().equals(f[1])).map(Mention::subject)
                    .skip(Integer.parseInt(f[3]) - 1L).findFirst().orElse("(no mention)");
            String predicted = withoutGrowth(subject);
            if (predicted.equals(f[2])) {
                exact++;
                acceptable++;
            } else if (acceptable(predicted, f[2])) {
                acceptable++;
            } else {
                misses.append(String.format("  %s: got %s, want %s%n", f[1], predicted, f[2]));
            }
        }
        double exactRate = 100.0 * exact / total;
        double acceptableRate = 100.0 * acceptable / total;
        System.out.printf("subjects: %d/%d exact (%.1f%%), %d/%d acceptable (%.1f%%)%n%s", exact, total, exactRate,
                acceptable, total, acceptableRate, misses);
        assertThat(total).isEqualTo(60);
        assertThat(exactRate).isGreaterThanOrEqualTo(FLOOR_EXACT);
        assertThat(acceptableRate).isGreaterThanOrEqualTo(FLOOR_ACCEPTABLE);
    }

    private static final double FLOOR_EXACT = 90;
    private static final double FLOOR_ACCEPTABLE = 98;

    /** One contains the other and the shorter is at least half the longer (出栏牛 / 全年出栏牛). */
    static boolean acceptable(String predicted, String gold) {
        String shorter = predicted.length() <= gold.length() ? predicted : gold;
        String longer = predicted.length() <= gold.length() ? gold : predicted;
        return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() * 2 >= longer.length();
    }

    static String withoutGrowth(String subject) {
        for (String word : GROWTH_WORDS) {
            if (subject.endsWith(word) && subject.length() > word.length()) {
                return subject.substring(0, subject.length() - word.length());
            }
        }
        return subject;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SubjectQualityTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
