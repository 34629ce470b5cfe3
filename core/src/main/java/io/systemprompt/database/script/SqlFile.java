package io.systemprompt.database.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One SQL file as read from disk or the classpath: where it came from, its normalised text and the
 * checksum of that text. Normalising (no UTF-8 BOM, LF line ends) makes the checksum stable across
 * editors and operating systems, so a checkout with CRLF line ends is not reported as drift.
 *
 * <p>A file whose checksum is already known (from the checksum cache of a module root) is
 * {@linkplain #deferred deferred}: its text is read on the first call to {@link #content()}, which a
 * warm start with nothing pending never makes. Instances are immutable and thread-safe; two files are
 * equal when location, checksum and text are.
 */
public final class SqlFile {
    private final String location;
    private final String checksum;
    private final Supplier<String> reader;
    private volatile String content;

    /**
     * A file with its normalised text and that text's checksum; use {@link #of} to normalise raw text
     * and compute the checksum.
     *
     * @param location a path or URL, for messages
     * @param content  the normalised text
     * @param checksum lower-case hex SHA-256 of {@code content} in UTF-8
     */
    public SqlFile(String location, String content, String checksum) {
        this.location = Objects.requireNonNull(location, "location");
        this.content = Objects.requireNonNull(content, "content");
        this.checksum = Objects.requireNonNull(checksum, "checksum");
        this.reader = null;
    }

    private SqlFile(String location, String checksum, Supplier<String> reader) {
        this.location = Objects.requireNonNull(location, "location");
        this.checksum = Objects.requireNonNull(checksum, "checksum");
        this.reader = Objects.requireNonNull(reader, "reader");
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

    /**
     * A file whose checksum is known without reading it. {@code rawBytes} is called at most once, on
     * the first {@link #content()}; when the text it returns no longer has {@code checksum} (the file
     * was edited since), that call fails rather than run text other than what was checked.
     */
    public static SqlFile deferred(String location, String checksum, Supplier<byte[]> rawBytes) {
        Objects.requireNonNull(rawBytes, "rawBytes");
        return new SqlFile(location, checksum, () -> normalize(new String(rawBytes.get(), StandardCharsets.UTF_8)));
    }

    /** A path or URL, for messages. */
    public String location() {
        return location;
    }

    /** Lower-case hex SHA-256 of {@link #content()} in UTF-8. */
    public String checksum() {
        return checksum;
    }

    /** The normalised text; a deferred file is read (and its checksum confirmed) on the first call. */
    public String content() {
        String c = content;
        if (c == null) {
            synchronized (this) {
                c = content;
                if (c == null) {
                    c = reader.get();
                    if (!sha256(c).equals(checksum)) {
                        throw new IllegalStateException("The file " + location + " changed while it was in use"
                                + " (checksum " + checksum.substring(0, 12) + " expected). Run the command again.");
                    }
                    content = c;
                }
            }
        }
        return c;
    }

    /** True once the text is in memory: always for {@link #of}, after the first {@link #content()} when deferred. */
    public boolean isLoaded() {
        return content != null;
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
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The file name: the last segment of the location. */
    public String fileName() {
        int i = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return i < 0 ? location : location.substring(i + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlFile f && location.equals(f.location) && checksum.equals(f.checksum)
                && content().equals(f.content());
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, checksum);
    }

    /** Short: location and checksum prefix, never the content. */
    @Override
    public String toString() {
        return "SqlFile[" + location + ", sha256 " + checksum.substring(0, Math.min(12, checksum.length())) + "]";
    }
}
