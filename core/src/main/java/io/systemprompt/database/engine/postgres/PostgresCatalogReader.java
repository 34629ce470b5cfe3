package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.CatalogReader;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.catalog.TriggerInfo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the PostgreSQL catalog of the current schema ({@code current_schema()}) from {@code pg_catalog}.
 * Indexes that back a PRIMARY KEY or UNIQUE constraint are not listed as indexes (the constraint
 * already says it), which matches what SQLite reports; triggers the server creates itself
 * ({@code tgisinternal}, e.g. for foreign keys) are left out.
 */
final class PostgresCatalogReader implements CatalogReader {
    static final PostgresCatalogReader INSTANCE = new PostgresCatalogReader();

    private static final String IN_SCHEMA = " c.relnamespace = (SELECT oid FROM pg_namespace"
            + " WHERE nspname = current_schema())";
    private static final String RELATIONS = "SELECT c.oid, c.relname::text FROM pg_class c WHERE" + IN_SCHEMA
            + " AND c.relkind = ANY (?::\"char\"[]) AND NOT c.relispartition";
    private static final String TRIGGERS = "SELECT t.tgname::text, c.relname::text FROM pg_trigger t"
            + " JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND" + IN_SCHEMA;

    @Override
    public Catalog read(Connection connection) throws SQLException {
        PostgresTableReader tableReader = new PostgresTableReader(connection);
        List<TableInfo> tables = new ArrayList<>();
        for (Object[] row : sorted(PostgresRows.of(connection, RELATIONS, "{r,p}"), 1)) {
            tables.add(tableReader.read(Long.parseLong((String) row[0]), (String) row[1]));
        }
        List<TriggerInfo> triggers = sorted(PostgresRows.of(connection, TRIGGERS), 0).stream()
                .map(r -> new TriggerInfo((String) r[0], (String) r[1])).toList();
        return new Catalog(tables, names(PostgresRows.of(connection, RELATIONS, "{v,m}")), triggers);
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        return names(PostgresRows.of(connection, RELATIONS, "{r,p}"));
    }

    private static List<String> names(List<Object[]> rows) {
        return rows.stream().map(r -> (String) r[1]).sorted().toList();
    }

    /** Sorted in Java's order, not the server's collation, so every engine lists names alike. */
    private static List<Object[]> sorted(List<Object[]> rows, int nameColumn) {
        List<Object[]> copy = new ArrayList<>(rows);
        copy.sort((a, b) -> ((String) a[nameColumn]).compareTo((String) b[nameColumn]));
        return copy;
    }
}
