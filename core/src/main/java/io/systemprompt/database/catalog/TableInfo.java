package io.systemprompt.database.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One table.
 *
 * @param name        the table name as stored by the engine
 * @param columns     columns in declaration order
 * @param primaryKey  primary key column names in key order; empty when none
 * @param uniques     unique constraints and unique indexes that are neither partial nor on expressions,
 *                    each a column list in declared order; the list sorted
 * @param foreignKeys foreign keys
 * @param checks      check constraint expressions as the engine reports them (SQLite: the text inside
 *                    {@code CHECK ( … )} as written; PostgreSQL: {@code pg_get_expr}), column- and table-level
 * @param indexes     indexes created with {@code CREATE [UNIQUE] INDEX}, sorted by name; the ones the engine
 *                    builds behind PRIMARY KEY and UNIQUE constraints are not listed
 */
public record TableInfo(String name, List<ColumnInfo> columns, List<String> primaryKey, List<List<String>> uniques,
        List<ForeignKeyInfo> foreignKeys, List<String> checks, List<IndexInfo> indexes) {

    /** Copies the lists, so a read catalog never changes. */
    public TableInfo {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
    }

    /** The column with this name, compared case-insensitively. */
    public Optional<ColumnInfo> column(String name) {
        return ByName.find(columns, ColumnInfo::name, name);
    }
}
