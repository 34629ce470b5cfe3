package io.systemprompt.database.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One SQL file as read from disk or the classpath: where it came from, its normalised text and the
 * checksum of that text. Normalising (no UTF-8 BOM, LF line ends) makes the checksum stable across
 * editors and operating systems, so a checkout with CRLF line ends is not reported as drift.
 *
 * @param location a path or URL, for messages
 * @param content  the normalised text
 * @param checksum lower-case hex SHA-256 of {@code content} in UTF-8
 */
public record SqlFile(String location, String content, String checksum) {

    /** Rejects nulls; use {@link #of} to normalise raw text and compute the checksum. */
    public SqlFile {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(checksum, "checksum");
    }

    /**
     * Reads raw bytes as strict UTF-8, normalises them and computes the checksum; bytes that are not
     * UTF-8, or a NUL, fail with a {@link SqlScriptException} naming the byte offset.
     */
    public static SqlFile of(String location, byte[] raw) {
        return of(location, Utf8Text.decode(location, raw));
    }

    /** Normalises text and computes the checksum. */
    public static SqlFile of(String location, String raw) {
        String content = normalize(raw);
        return new SqlFile(location, content, sha256(content));
    }

    /** Drops a leading BOM and turns CRLF and lone CR line ends into LF. */
    public static String normalize(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Lower-case hex SHA-256 of the text in UTF-8. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The file name: the last segment of the location. */
    public String fileName() {
        int i = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return i < 0 ? location : location.substring(i + 1);
    }
}
