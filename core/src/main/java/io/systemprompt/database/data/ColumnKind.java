package io.systemprompt.database.data;

import io.systemprompt.database.catalog.TypeFamily;

/**
 * What a column's values mean, from its declared type, so that exported text reads back as the same
 * value on either engine (SQLite keeps booleans as 0/1 and timestamps as text, and only the declared
 * type says what they are).
 */
public enum ColumnKind {
    INTEGER, REAL, NUMERIC, BOOLEAN, TIMESTAMP, DATE, BLOB, TEXT, OTHER;

    /** The kind of a declared type such as {@code VARCHAR(64)}, {@code bigint} or {@code TIMESTAMP}. */
    public static ColumnKind of(String declaredType) {
        return switch (TypeFamily.of(declaredType)) {
            case "integer" -> INTEGER;
            case "real" -> REAL;
            case "numeric" -> NUMERIC;
            case "boolean" -> BOOLEAN;
            case "timestamp" -> TIMESTAMP;
            case "date" -> DATE;
            case "blob" -> BLOB;
            case "text" -> TEXT;
            default -> OTHER;
        };
    }
}
