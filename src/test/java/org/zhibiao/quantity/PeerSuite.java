package org.zhibiao.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a peer suite (jsonl under src/test/resources/peer-suites) and keeps the score: which cases are out of
 * scope and why, and how many in-scope cases pass. Each runner test prints its rate and asserts a floor.
 */
final class PeerSuite {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final Map<String, Integer> outOfScope = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int inScope;
    private int passed;

    PeerSuite(String name) {
        this.name = name;
    }

    static List<JsonNode> load(String resource) {
        List<JsonNode> cases = new ArrayList<>();
        try (InputStream in = PeerSuite.class.getResourceAsStream("/peer-suites/" + resource)) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : content.split("\n")) {
                if (!line.isBlank()) {
                    cases.add(MAPPER.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    void skip(String reason) {
        outOfScope.merge(reason, 1, Integer::sum);
    }

    void score(String id, boolean pass, String detail) {
        inScope++;
        if (pass) {
            passed++;
        } else {
            failures.add(id + " " + detail);
        }
    }

    /** Pass rate over in-scope cases, in percent. */
    double rate() {
        return inScope == 0 ? 0 : 100.0 * passed / inScope;
    }

    int inScope() {
        return inScope;
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s: %d/%d in-scope cases pass (%.1f%%); out of scope: %s%n", name, passed, inScope,
                rate(), outOfScope));
        for (String failure : failures) {
            out.append("  FAIL ").append(failure).append('\n');
        }
        return out.toString();
    }

    /** Equal as numbers, to 12 significant digits (the specs carry C# doubles such as 2.02107211321364E+23). */
    static boolean same(BigDecimal actual, String expected) {
        if (actual == null || expected == null) {
            return false;
        }
        BigDecimal want = new BigDecimal(expected.replace("%", ""));
        MathContext digits = new MathContext(12);
        return actual.round(digits).compareTo(want.round(digits)) == 0;
    }
}
