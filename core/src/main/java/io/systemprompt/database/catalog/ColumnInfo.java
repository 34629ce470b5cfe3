package io.systemprompt.database.catalog;

/**
 * One column.
 *
 * @param name         the column name
 * @param type         the declared type as the engine reports it (SQLite: as written; PostgreSQL: e.g. {@code bigint})
 * @param nullable     false for NOT NULL (and for SQLite primary key columns that cannot be null)
 * @param defaultValue the default expression as text, or null
 */
public record ColumnInfo(String name, String type, boolean nullable, String defaultValue) {
}
