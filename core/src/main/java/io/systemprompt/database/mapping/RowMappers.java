package io.systemprompt.database.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The built-in mappers: ordered maps, single values, and records or constructor classes. */
public final class RowMappers {
    private static final Map<Class<?>, RowMapper<?>> CACHE = new ConcurrentHashMap<>();
    private static final RowMapper<Map<String, Object>> MAP = Row::toMap;

    private RowMappers() {
    }

    /** Maps each row to an ordered column-to-value map. */
    public static RowMapper<Map<String, Object>> map() {
        return MAP;
    }

    /**
     * The mapper for a type: a value type (String, numbers, Boolean, UUID, enums, java.time types,
     * Date, byte[]) reads the first column; any other type is built by its constructor from the columns.
     */
    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> forType(Class<T> type) {
        return (RowMapper<T>) CACHE.computeIfAbsent(type, RowMappers::create);
    }

    private static RowMapper<?> create(Class<?> type) {
        if (isValueType(type)) {
            return row -> row.get(1, type);
        }
        return new ConstructorMapper<>(type);
    }

    /** True for a mapper built here whose binding to a result's columns may be kept (see {@link MapperCache}). */
    static boolean isBuiltIn(RowMapper<?> mapper) {
        return mapper instanceof ConstructorMapper;
    }

    static boolean isValueType(Class<?> t) {
        return t.isPrimitive() || t == String.class || Number.class.isAssignableFrom(t) || t == Boolean.class
                || t == Character.class || t == UUID.class || t.isEnum() || Temporal.class.isAssignableFrom(t)
                || Date.class.isAssignableFrom(t) || t == byte[].class || t == BigDecimal.class
                || t == BigInteger.class || t == Object.class;
    }
}
