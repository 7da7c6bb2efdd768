package org.zhibiao.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of an input file, shown in 运行信息 so an analyst can tell exactly which file a figure came from. */
final class FileDigest {

    private FileDigest() {
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The size and SHA-256 of the file as it is now, read as a stream (whatever its size). */
    record Read(long bytes, String sha256) {
    }

    static Read of(Path file) throws IOException {
        MessageDigest digest = sha256();
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            bytes = in.transferTo(OutputStream.nullOutputStream());
        }
        return new Read(bytes, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
