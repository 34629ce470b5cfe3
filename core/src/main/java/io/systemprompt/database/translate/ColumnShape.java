package io.systemprompt.database.translate;

import java.util.Locale;
import java.util.Objects;

/**
 * One column as the translator needs to know it.
 *
 * @param name         the column name, lower case (SQLite and unquoted PostgreSQL names are case-insensitive)
 * @param postgresType the PostgreSQL type it was given, upper case, e.g. {@code BIGINT}, {@code BOOLEAN};
 *                     catalog names such as {@code boolean} or {@code character varying} work too
 */
public record ColumnShape(String name, String postgresType) {

    /** Normalises the name to lower case and the type to upper case, so lookups ignore case. */
    public ColumnShape {
        name = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        postgresType = Objects.requireNonNull(postgresType, "postgresType").toUpperCase(Locale.ROOT);
    }

    /** True for BOOLEAN columns, whose 0/1 literals become FALSE/TRUE. */
    public boolean isBoolean() {
        return postgresType.equals("BOOLEAN") || postgresType.equals("BOOL");
    }

    /** True for text columns, where CURRENT_TIMESTAMP means SQLite's UTC text form. */
    public boolean isText() {
        return postgresType.equals("TEXT") || postgresType.startsWith("VARCHAR")
                || postgresType.startsWith("CHARACTER") || postgresType.startsWith("CHAR");
    }
}
