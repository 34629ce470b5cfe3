package io.systemprompt.database.typed;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable set of column values, in the order they were given: what a generated
 * {@code Create…} or {@code Update…} input carries, and a key for {@link TableAccess}. A value may be
 * null (written as SQL NULL); a column that was never given is absent and is not written at all.
 */
public final class ColumnValues {
    private static final ColumnValues EMPTY = new ColumnValues(Map.of());

    private final Map<String, Object> values;

    private ColumnValues(Map<String, Object> values) {
        this.values = values;
    }

    /** No values. */
    public static ColumnValues empty() {
        return EMPTY;
    }

    /** One value, e.g. a single-column key. */
    public static ColumnValues of(String column, Object value) {
        return EMPTY.with(column, value);
    }

    /** A copy with {@code column} set to {@code value} (null writes NULL), replacing an earlier value. */
    public ColumnValues with(String column, Object value) {
        Objects.requireNonNull(column, "column");
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(column, value);
        return new ColumnValues(Collections.unmodifiableMap(copy));
    }

    /** The given columns and their values, in the order given; unmodifiable. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** True when no column was given. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Column names only: values may be secrets and are never printed. */
    @Override
    public String toString() {
        return "ColumnValues" + values.keySet();
    }
}
