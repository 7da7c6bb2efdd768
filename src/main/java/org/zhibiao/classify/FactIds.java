package org.zhibiao.classify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Measure;
import org.zhibiao.model.Status;

/**
 * The id of the fact a mention states, computed from the fact's key alone so that mentions staged by different
 * workers, files and runs agree without coordination: region, period (the year where no period is known), the
 * catalogue code (the normalized subject when unmapped), the measure, and whether it is a target. {@code F} and
 * the first 10 hex digits of the key's SHA-256: a billion mentions give a collision with odds below 1 in 2,000.
 */
public final class FactIds {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private FactIds() {
    }

    public static String of(Indicator row) {
        String period = row.period() != null ? row.period() : row.year() == null ? "" : row.year().toString();
        String indicator = row.code() != null ? row.code() : "~" + Catalogue.normalize(row.subject());
        return of(row.region(), period, indicator, row.measure(), row.status() == Status.TARGET);
    }

    static String of(String region, String period, String indicator, Measure measure, boolean target) {
        String key = String.join("\u001F", region == null ? "" : region.strip(), period, indicator,
                measure == null ? "" : measure.name(), target ? "T" : "");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "F" + HEX.formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
