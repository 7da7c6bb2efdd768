package org.zhibiao.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.zhibiao.input.InputFolder;

/**
 * Partition names made from the range of file names a partition reads, not from its position in the listing.
 * Spring Batch decides what a restart reruns by partition name alone: with positional names, a file added to
 * or removed from the input folder between a crash and the restart shifts every name after it, so a range that
 * never ran could be taken for one that completed and be left out of the workbook without a word. The hash of
 * both ends keeps two ranges that look alike once shortened apart; the step name column holds 100 characters.
 */
final class PartitionKeys {

    private static final int READABLE = 40;

    private PartitionKeys() {
    }

    /** E.g. report-zhangdian-2021-achievements.md-1f3a9c0e; the same range always gives the same key. */
    static String of(InputFolder.Kind kind, String first, String last) {
        String readable = first.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (readable.length() > READABLE) {
            readable = readable.substring(0, READABLE);
        }
        return kind.name().toLowerCase() + "-" + readable + "-" + hash(first + "\u0000" + last);
    }

    private static String hash(String range) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(range.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
