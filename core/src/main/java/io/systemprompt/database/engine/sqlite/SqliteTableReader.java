package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.ForeignKeyInfo;
import io.systemprompt.database.catalog.TableInfo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one SQLite table through the pragma functions. */
final class SqliteTableReader {
    private final Connection connection;

    SqliteTableReader(Connection connection) {
        this.connection = connection;
    }

    TableInfo read(String table) throws SQLException {
        List<String> primaryKey = primaryKey(table);
        SqliteIndexes indexes = SqliteIndexes.read(connection, table);
        return new TableInfo(table, columns(table, primaryKey), primaryKey, indexes.uniques(),
                foreignKeys(table), SqliteCheckScanner.checks(createSql(table)), indexes.indexes());
    }

    private List<ColumnInfo> columns(String table, List<String> primaryKey) throws SQLException {
        boolean keyNeverNull = rowidAlias(table, primaryKey) || withoutRowid(table);
        List<ColumnInfo> columns = new ArrayList<>();
        for (String[] r : rows("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"
                + " ORDER BY cid", table)) {
            boolean notNull = !"0".equals(r[2]) || (!"0".equals(r[4]) && keyNeverNull);
            columns.add(new ColumnInfo(r[0], r[1], !notNull, r[3]));
        }
        return columns;
    }

    /** Primary key columns in key order ({@code pk} is the 1-based position in the key). */
    private List<String> primaryKey(String table) throws SQLException {
        return rows("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", table).stream()
                .map(r -> r[0]).toList();
    }

    /** An {@code INTEGER PRIMARY KEY} column is the rowid and can never hold NULL. */
    private boolean rowidAlias(String table, List<String> primaryKey) throws SQLException {
        List<String[]> key = rows("SELECT type FROM pragma_table_info(?) WHERE pk = 1", table);
        return primaryKey.size() == 1 && "INTEGER".equalsIgnoreCase(key.get(0)[0].trim());
    }

    /** In a WITHOUT ROWID table SQLite enforces NOT NULL on every key column. */
    private boolean withoutRowid(String table) throws SQLException {
        List<String[]> r = rows("SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?", table);
        return !r.isEmpty() && !"0".equals(r.get(0)[0]);
    }

    private List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
        Map<String, List<String[]>> byId = new LinkedHashMap<>();
        for (String[] r : rows("SELECT id, \"table\", \"from\", \"to\", on_delete, on_update"
                + " FROM pragma_foreign_key_list(?) ORDER BY id, seq", table)) {
            byId.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
        }
        List<ForeignKeyInfo> keys = new ArrayList<>();
        for (List<String[]> parts : byId.values()) {
            keys.add(foreignKey(parts));
        }
        return keys;
    }

    /** A reference without column names ({@code REFERENCES parent}) means the parent's primary key. */
    private ForeignKeyInfo foreignKey(List<String[]> parts) throws SQLException {
        String[] first = parts.get(0);
        List<String> from = parts.stream().map(p -> p[2]).toList();
        List<String> to = first[3] == null ? primaryKey(first[1]) : parts.stream().map(p -> p[3]).toList();
        return new ForeignKeyInfo(from, first[1], to, first[4].toUpperCase(Locale.ROOT),
                first[5].toUpperCase(Locale.ROOT));
    }

    private String createSql(String table) throws SQLException {
        List<String[]> r = rows("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", table);
        return r.isEmpty() ? null : r.get(0)[0];
    }

    private List<String[]> rows(String sql, String table) throws SQLException {
        return SqliteRows.of(connection, sql, table);
    }
}
