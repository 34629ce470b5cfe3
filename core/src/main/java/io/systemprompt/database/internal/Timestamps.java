package io.systemprompt.database.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Text form of timestamps where the engine stores them as text (SQLite). The format is SQLite's own
 * {@code CURRENT_TIMESTAMP} form, {@code YYYY-MM-DD HH:MM:SS}, in UTC, with a fraction only when the
 * value has one, so stored values sort and compare as text and work with SQLite's date functions.
 */
public final class Timestamps {
    private static final DateTimeFormatter TEXT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ')
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter PARSE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private Timestamps() {
    }

    /** UTC text of an instant. */
    public static String format(Instant instant) {
        return TEXT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Text of a local date-time, kept as given. */
    public static String format(LocalDateTime value) {
        return TEXT.format(value);
    }

    /**
     * Parses SQLite timestamp text ({@code 2024-01-31 10:00:00}, with or without fraction, {@code T}
     * or offset) as an instant; text without an offset is UTC. A bare date is midnight UTC.
     */
    public static Instant parseInstant(String text) {
        String s = text.trim();
        LocalDateTime fast = parseCanonical(s);
        if (fast != null) {
            return fast.toInstant(ZoneOffset.UTC);
        }
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        var parsed = PARSE.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }

    /** Parses timestamp text as a local date-time, ignoring any offset. */
    public static LocalDateTime parseLocal(String text) {
        String s = text.trim();
        LocalDateTime fast = parseCanonical(s);
        if (fast != null) {
            return fast;
        }
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay();
        }
        return LocalDateTime.from(PARSE.parse(s));
    }

    /**
     * Parses the form this library and {@code CURRENT_TIMESTAMP} write, {@code YYYY-MM-DD HH:MM:SS}
     * with an optional fraction, without the general formatter, which costs microseconds per value;
     * null for any other form.
     */
    static LocalDateTime parseCanonical(String s) {
        int n = s.length();
        if (n < 19 || n > 29 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' '
                || s.charAt(13) != ':' || s.charAt(16) != ':' || (n > 19 && (n == 20 || s.charAt(19) != '.'))) {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = n > 19 ? digits(s, 20, n) * POW10[9 - (n - 20)] : 0;
        if ((year | month | day | hour | minute | second | nanos) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    /** The number in {@code s[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** True when the text parses as a timestamp. */
    public static boolean looksLikeTimestamp(String text) {
        try {
            parseInstant(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
