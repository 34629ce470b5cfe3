package io.systemprompt.database.mapping;

import io.systemprompt.database.MappingException;
import io.systemprompt.database.internal.Timestamps;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * Converts an engine-neutral column value to a requested Java type. Conversions are the ones that
 * keep meaning: 0/1 to boolean, UTC text to {@link Instant}, text to {@link UUID} or an enum constant
 * (its {@link StoredText} first, then its name).
 */
public final class ValueConverter {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, int.class,
            Integer.class, long.class, Long.class, double.class, Double.class, float.class, Float.class,
            short.class, Short.class, byte.class, Byte.class, char.class, Character.class);

    private ValueConverter() {
    }

    /** Converts {@code value} (may be null) to {@code type}; {@code column} names the source in errors. */
    @SuppressWarnings("unchecked")
    public static <T> T convert(Object value, Class<T> type, String column) {
        if (value == null) {
            if (type.isPrimitive()) {
                throw new MappingException("Column '" + column + "' is NULL but the target type is primitive "
                        + type.getName() + ". Use " + BOXES.get(type).getSimpleName() + " to allow NULL.");
            }
            return null;
        }
        Class<?> target = type.isPrimitive() ? BOXES.get(type) : type;
        if (target.isInstance(value)) {
            return (T) value;
        }
        try {
            Object converted = convertNonNull(value, target);
            if (converted != null) {
                return (T) converted;
            }
        } catch (RuntimeException e) {
            throw failure(value, target, column, e);
        }
        throw failure(value, target, column, null);
    }

    private static MappingException failure(Object value, Class<?> target, String column, Exception cause) {
        String msg = "Cannot convert column '" + column + "' of type " + value.getClass().getSimpleName()
                + " to " + target.getName() + (cause == null ? "" : ": " + cause.getMessage())
                + ". Change the target type or cast the column in SQL.";
        return cause == null ? new MappingException(msg) : new MappingException(msg, cause);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convertNonNull(Object v, Class<?> t) {
        if (t == String.class) {
            return v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8)
                    : v instanceof Instant i ? Timestamps.format(i) : v.toString();
        }
        if (Number.class.isAssignableFrom(t) && t != BigDecimal.class && t != BigInteger.class) {
            return number(v, t);
        }
        if (t == BigDecimal.class) {
            return v instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(v.toString().trim());
        }
        if (t == BigInteger.class) {
            return new BigInteger(v.toString().trim());
        }
        if (t == Boolean.class) {
            return bool(v);
        }
        if (t.isEnum()) {
            return enumConstant((Class<? extends Enum>) t, v.toString());
        }
        if (t == UUID.class) {
            return UUID.fromString(v.toString().trim());
        }
        if (t == Character.class) {
            String s = v.toString();
            return s.length() == 1 ? s.charAt(0) : null;
        }
        return temporal(v, t);
    }

    private static Object number(Object v, Class<?> t) {
        Number n;
        if (v instanceof Number num) {
            n = num;
        } else if (v instanceof Boolean b) {
            n = b ? 1L : 0L;
        } else {
            n = new BigDecimal(v.toString().trim());
        }
        if (t == Long.class) {
            return n instanceof BigDecimal bd ? bd.longValueExact() : n.longValue();
        }
        if (t == Integer.class) {
            return Math.toIntExact(n instanceof BigDecimal bd ? bd.longValueExact() : n.longValue());
        }
        if (t == Double.class) {
            return n.doubleValue();
        }
        if (t == Float.class) {
            return n.floatValue();
        }
        if (t == Short.class) {
            return (short) Math.toIntExact(n.longValue());
        }
        return t == Byte.class ? (byte) Math.toIntExact(n.longValue()) : null;
    }

    private static Boolean bool(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        String s = v.toString().trim().toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "true": case "t": case "1": case "yes":
                return true;
            case "false": case "f": case "0": case "no":
                return false;
            default:
                return null;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<? extends Enum> type, String name) {
        for (Enum e : type.getEnumConstants()) {
            if (e instanceof StoredText t && t.storedText().equals(name)) {
                return e;
            }
        }
        for (Enum e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        for (Enum e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a constant of " + type.getSimpleName());
    }

    private static Object temporal(Object v, Class<?> t) {
        Instant instant = toInstant(v);
        if (t == Instant.class) {
            return instant;
        }
        if (t == OffsetDateTime.class) {
            return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
        }
        if (t == Date.class) {
            return instant == null ? null : Date.from(instant);
        }
        if (t == LocalDateTime.class) {
            return v instanceof String s ? Timestamps.parseLocal(s)
                    : instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (t == LocalDate.class) {
            return v instanceof String s ? LocalDate.parse(s.trim().substring(0, 10))
                    : instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
        }
        return null;
    }

    private static Instant toInstant(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof String s) {
            return Timestamps.parseInstant(s);
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (v instanceof Date d) {
            return d.toInstant();
        }
        if (v instanceof Long || v instanceof Integer) {
            return Instant.ofEpochMilli(((Number) v).longValue());
        }
        return null;
    }
}
