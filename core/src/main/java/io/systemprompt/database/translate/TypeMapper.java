package io.systemprompt.database.translate;

import java.util.Map;
import java.util.Optional;

/**
 * SQLite declared types to PostgreSQL types. SQLite stores every integer in 64 bits and ignores
 * declared lengths, so integers become BIGINT and character types become TEXT; a stricter
 * PostgreSQL type would reject data SQLite accepts. JSON stays TEXT so bytes round-trip exactly.
 */
final class TypeMapper {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("INTEGER", "BIGINT"), Map.entry("INT", "BIGINT"), Map.entry("BIGINT", "BIGINT"),
            Map.entry("SMALLINT", "BIGINT"), Map.entry("TINYINT", "BIGINT"), Map.entry("MEDIUMINT", "BIGINT"),
            Map.entry("INT2", "BIGINT"), Map.entry("INT4", "BIGINT"), Map.entry("INT8", "BIGINT"),
            Map.entry("UNSIGNED BIG INT", "BIGINT"),
            Map.entry("REAL", "DOUBLE PRECISION"), Map.entry("DOUBLE", "DOUBLE PRECISION"),
            Map.entry("DOUBLE PRECISION", "DOUBLE PRECISION"), Map.entry("FLOAT", "DOUBLE PRECISION"),
            Map.entry("TEXT", "TEXT"), Map.entry("CLOB", "TEXT"), Map.entry("VARCHAR", "TEXT"),
            Map.entry("CHAR", "TEXT"), Map.entry("CHARACTER", "TEXT"), Map.entry("NCHAR", "TEXT"),
            Map.entry("NVARCHAR", "TEXT"), Map.entry("VARYING CHARACTER", "TEXT"),
            Map.entry("NATIVE CHARACTER", "TEXT"), Map.entry("CHARACTER VARYING", "TEXT"),
            Map.entry("UUID", "TEXT"), Map.entry("JSON", "TEXT"),
            Map.entry("BLOB", "BYTEA"),
            Map.entry("BOOLEAN", "BOOLEAN"), Map.entry("BOOL", "BOOLEAN"),
            Map.entry("DATETIME", "TIMESTAMPTZ"), Map.entry("TIMESTAMP", "TIMESTAMPTZ"),
            Map.entry("TIMESTAMPTZ", "TIMESTAMPTZ"), Map.entry("DATE", "DATE"),
            Map.entry("NUMERIC", "NUMERIC"), Map.entry("DECIMAL", "NUMERIC"));

    private TypeMapper() {
    }

    /**
     * The PostgreSQL type for a SQLite type name (words upper case, single spaces, no size).
     * NUMERIC and DECIMAL keep their precision; every other size is dropped by the caller.
     */
    static Optional<String> postgresType(String sqliteType) {
        return Optional.ofNullable(TYPES.get(sqliteType));
    }

    /** True when the declared size is meaningful on PostgreSQL (NUMERIC(p,s)). */
    static boolean keepsSize(String postgresType) {
        return postgresType.equals("NUMERIC");
    }
}
