package io.systemprompt.database.catalog;

import java.util.Locale;
import java.util.Map;

/**
 * The engine-neutral family of a declared column type, so that {@code INTEGER} on SQLite and
 * {@code bigint} on PostgreSQL compare equal. Length and precision are dropped ({@code VARCHAR(64)} is
 * {@code text}). A type outside the table below is returned lower-cased without its arguments.
 *
 * <table>
 *   <caption>Families</caption>
 *   <tr><th>family</th><th>declared as</th></tr>
 *   <tr><td>integer</td><td>INTEGER, INT, BIGINT, SMALLINT, TINYINT, INT2/4/8, SERIAL, BIGSERIAL</td></tr>
 *   <tr><td>text</td><td>TEXT, VARCHAR, CHAR, CHARACTER [VARYING], CLOB, JSON, JSONB</td></tr>
 *   <tr><td>real</td><td>REAL, DOUBLE [PRECISION], FLOAT, FLOAT4, FLOAT8</td></tr>
 *   <tr><td>boolean</td><td>BOOLEAN, BOOL</td></tr>
 *   <tr><td>timestamp</td><td>TIMESTAMP, DATETIME, TIMESTAMPTZ, TIMESTAMP WITH[OUT] TIME ZONE</td></tr>
 *   <tr><td>blob</td><td>BLOB, BYTEA</td></tr>
 *   <tr><td>numeric</td><td>NUMERIC, DECIMAL</td></tr>
 *   <tr><td>date</td><td>DATE</td></tr>
 * </table>
 */
public final class TypeFamily {
    private static final Map<String, String> FAMILIES = families();

    private TypeFamily() {
    }

    /** The family of this declared type; an empty string for a column declared without a type. */
    public static String of(String declared) {
        if (declared == null) {
            return "";
        }
        String base = declared.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ")
                .replaceAll("\\s+", " ").trim();
        return FAMILIES.getOrDefault(base, base);
    }

    private static Map<String, String> families() {
        Map<String, String> map = new java.util.HashMap<>();
        put(map, "integer", "integer", "int", "bigint", "smallint", "tinyint", "mediumint", "int2", "int4",
                "int8", "unsigned big int", "serial", "bigserial", "smallserial", "serial4", "serial8");
        put(map, "text", "text", "varchar", "character varying", "varying character", "char", "character",
                "nchar", "nvarchar", "native character", "clob", "json", "jsonb");
        put(map, "real", "real", "double", "double precision", "float", "float4", "float8");
        put(map, "boolean", "boolean", "bool");
        put(map, "timestamp", "timestamp", "datetime", "timestamptz", "timestamp with time zone",
                "timestamp without time zone");
        put(map, "blob", "blob", "bytea");
        put(map, "numeric", "numeric", "decimal");
        put(map, "date", "date");
        return Map.copyOf(map);
    }

    private static void put(Map<String, String> map, String family, String... names) {
        for (String name : names) {
            map.put(name, family);
        }
    }
}
