package io.systemprompt.database.data.format;

import io.systemprompt.database.data.ColumnKind;

import io.systemprompt.database.internal.Timestamps;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Turns a value read from a data file ({@code null}, {@link Boolean}, {@link BigDecimal}, String or
 * byte[]) into the Java value to bind for a column of the given kind. Failures throw
 * {@link IllegalArgumentException} saying what was expected; the reader adds file, line and column.
 */
public final class ValueDecoder {
    private ValueDecoder() {
    }

    public static Object decode(Object raw, ColumnKind kind) {
        if (raw == null) {
            return null;
        }
        return switch (kind) {
            case BOOLEAN -> bool(raw);
            case INTEGER -> integer(raw);
            case REAL -> real(raw);
            case NUMERIC -> raw instanceof BigDecimal d ? numeric(d) : numeric(new BigDecimal(text(raw, "a number")));
            case TIMESTAMP -> timestamp(raw);
            case DATE -> date(raw);
            case BLOB -> raw instanceof byte[] ? raw : base64(text(raw, "base64 text"));
            case TEXT -> raw instanceof BigDecimal d ? d.toPlainString() : raw instanceof Boolean ? raw.toString()
                    : text(raw, "text");
            case OTHER -> raw instanceof BigDecimal d ? numeric(d) : raw;
        };
    }

    /**
     * Adapts a value read from another database to the target column's kind where the engines store
     * it differently (a 0/1 integer for a boolean, timestamp text, a number in a text column).
     */
    public static Object coerce(Object v, ColumnKind kind) {
        if (v == null) {
            return null;
        }
        return switch (kind) {
            case BOOLEAN -> v instanceof Number n ? (Object) (n.longValue() != 0) : v;
            case TIMESTAMP -> v instanceof String ? timestamp(v) : v;
            case INTEGER -> v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
            case TEXT -> v instanceof Number || v instanceof Boolean ? v.toString() : v;
            default -> v;
        };
    }

    private static Object bool(Object raw) {
        if (raw instanceof Boolean) {
            return raw;
        }
        if (raw instanceof BigDecimal d && (d.signum() == 0 || d.compareTo(BigDecimal.ONE) == 0)) {
            return d.signum() != 0;
        }
        if (raw instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw new IllegalArgumentException("expected true or false but found " + show(raw));
    }

    private static Object integer(Object raw) {
        if (raw instanceof String s && plainDigits(s)) {
            return Long.parseLong(s);
        }
        try {
            BigDecimal d = raw instanceof BigDecimal b ? b : new BigDecimal(text(raw, "a whole number").trim());
            return d.longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number but found " + show(raw));
        }
    }

    /** An optional minus and at most 18 digits: parsed directly, as it cannot overflow a long. */
    private static boolean plainDigits(String s) {
        int from = s.startsWith("-") ? 1 : 0;
        if (s.length() == from || s.length() - from > 18) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Object real(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d.doubleValue();
        }
        try {
            return Double.parseDouble(text(raw, "a number"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number but found " + show(raw));
        }
    }

    /** Whole numbers bind as Long, which both engines store exactly; others keep every digit. */
    private static Object numeric(BigDecimal d) {
        try {
            return d.scale() <= 0 ? (Object) d.longValueExact() : d;
        } catch (ArithmeticException e) {
            return d;
        }
    }

    private static Object timestamp(Object raw) {
        String s = text(raw, "an ISO-8601 timestamp");
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return Timestamps.parseInstant(s);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("expected an ISO-8601 timestamp such as 2024-01-31T10:00:00Z"
                        + " but found " + show(raw));
            }
        }
    }

    private static Object date(Object raw) {
        try {
            return LocalDate.parse(text(raw, "a date"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date such as 2024-01-31 but found " + show(raw));
        }
    }

    private static byte[] base64(String s) {
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected base64 text for a blob but found " + show(s));
        }
    }

    private static String text(Object raw, String expected) {
        if (raw instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("expected " + expected + " but found " + show(raw));
    }

    private static String show(Object raw) {
        String s = raw instanceof byte[] ? "a blob literal" : raw instanceof String ? "\"" + raw + "\"" : String.valueOf(raw);
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
