package org.zhibiao.quantity;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code --explain} output: one JSON object per line and mention, with the fields DESIGN.md names (text,
 * start, end, value, unit, normalized, baseUnit, qualifier, kind, status, subject) plus valueHigh and
 * normalizedHigh for a range and note when the reading needs one (an implied unit). Numbers are JSON numbers written plainly (2400000000, never 2.4E+9).
 */
public final class ExplainFormatter {

    private final QuantityExtractor extractor;
    private final ObjectMapper mapper;

    public ExplainFormatter() {
        this(new QuantityExtractor());
    }

    public ExplainFormatter(QuantityExtractor extractor) {
        this.extractor = extractor;
        this.mapper = new ObjectMapper();
        this.mapper.disable(SerializationFeature.INDENT_OUTPUT);
        this.mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN); // 0.0000001, never 1E-7
    }

    public String toJsonLines(String text) {
        StringBuilder out = new StringBuilder();
        for (Mention mention : extractor.extract(text)) {
            out.append(toJson(mention)).append('\n');
        }
        return out.toString();
    }

    public List<Mention> mentions(String text) {
        return extractor.extract(text);
    }

    String toJson(Mention m) {
        ObjectNode node = mapper.createObjectNode();
        node.put("text", m.text());
        node.put("start", m.start());
        node.put("end", m.end());
        node.put("value", plain(m.value()));
        if (m.valueHigh() != null) {
            node.put("valueHigh", plain(m.valueHigh()));
        }
        node.put("unit", m.unit());
        node.put("normalized", plain(m.normalized()));
        if (m.normalizedHigh() != null) {
            node.put("normalizedHigh", plain(m.normalizedHigh()));
        }
        node.put("baseUnit", m.baseUnit());
        node.put("qualifier", m.qualifier().name());
        node.put("kind", m.kind().name());
        node.put("status", m.status().name());
        node.put("subject", m.subject());
        if (m.note() != null && !m.note().isEmpty()) {
            node.put("note", m.note());
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A BigDecimal without exponent (2.4E+9 becomes 2400000000), so Jackson writes it plainly. */
    private static java.math.BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
