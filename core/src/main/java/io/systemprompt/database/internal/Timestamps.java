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
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay();
        }
        return LocalDateTime.from(PARSE.parse(s));
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
