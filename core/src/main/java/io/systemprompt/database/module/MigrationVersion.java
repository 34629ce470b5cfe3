package io.systemprompt.database.module;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A migration version: the leading digits of the file name, optionally dotted ({@code 001},
 * {@code 2}, {@code 10}, {@code 1.2.1}). Versions compare numerically segment by segment, so
 * {@code 2 < 10}, {@code 1 == 001} and {@code 1.2 < 1.2.1 < 1.10}. Equality follows the comparison:
 * {@code 1} and {@code 001} are the same version, which is why two such files in one module are an
 * error.
 *
 * @param text     the version as written in the file name
 * @param segments the numeric segments
 */
public record MigrationVersion(String text, List<Long> segments) implements Comparable<MigrationVersion> {

    private static final Pattern SYNTAX = Pattern.compile("\\d+(\\.\\d+)*");

    /** Needs at least one segment; copies them. */
    public MigrationVersion {
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a version needs at least one segment");
        }
    }

    /**
     * Parses digits separated by single dots.
     *
     * @throws IllegalArgumentException on other text or a segment beyond {@code Long.MAX_VALUE}
     */
    public static MigrationVersion parse(String text) {
        if (text == null || !SYNTAX.matcher(text).matches()) {
            throw new IllegalArgumentException("not a version (digits, optionally dotted): " + text);
        }
        List<Long> segs = new ArrayList<>();
        for (String part : text.split("\\.")) {
            segs.add(Long.parseLong(part)); // NumberFormatException is an IllegalArgumentException
        }
        return new MigrationVersion(text, segs);
    }

    @Override
    public int compareTo(MigrationVersion other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            int c = Long.compare(segments.get(i), other.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    /** Equal when the numeric segments are equal ({@code 1} equals {@code 001}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof MigrationVersion v && segments.equals(v.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
