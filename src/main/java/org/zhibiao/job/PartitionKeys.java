package org.zhibiao.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Partition names made from the file name, not from its position in the listing. Spring Batch decides what a
 * restart reruns by partition name alone: with positional names, a file added to or removed from the input
 * folder between a crash and the restart shifts every name after it, so a file that never ran could be taken
 * for one that completed and be left out of the workbook without a word. A name's hash keeps two names that
 * look alike once shortened apart; the step name column holds 100 characters.
 */
final class PartitionKeys {

    private static final int READABLE = 48;

    private PartitionKeys() {
    }

    /** E.g. report-zhangdian-2021-achievements.md-1f3a9c0e; the same file name always gives the same key. */
    static String of(InputFolder.Kind kind, String fileName) {
        String readable = fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (readable.length() > READABLE) {
            readable = readable.substring(0, READABLE);
        }
        return kind.name().toLowerCase() + "-" + readable + "-" + hash(fileName);
    }

    private static String hash(String fileName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
