package io.systemprompt.database.translate;

import java.util.ArrayList;
import java.util.List;

/** The parenthesised body of CREATE TABLE: column definitions and table constraints. */
final class TableDefinition {
    final List<ColumnDefinition> columns = new ArrayList<>();
    final List<String> primaryKey = new ArrayList<>();
    final List<List<String>> uniqueKeys = new ArrayList<>();

    private TableDefinition() {
    }

    static TableDefinition parse(StatementTokens st, int open) {
        TableDefinition table = new TableDefinition();
        for (int[] item : Calls.arguments(st, open)) {
            if (TableConstraint.startsAt(st, item[0])) {
                TableConstraint.parse(st, item[0], item[1], table);
            } else {
                table.add(ColumnDefinition.parse(st, item[0], item[1]));
            }
        }
        return table;
    }

    private void add(ColumnDefinition column) {
        columns.add(column);
        if (column.primaryKey) {
            primaryKey.add(column.name);
        }
        if (column.unique) {
            uniqueKeys.add(List.of(column.name));
        }
    }

    /** The column that is SQLite's rowid: a one-column primary key declared exactly INTEGER. */
    ColumnDefinition rowidColumn() {
        if (primaryKey.size() != 1) {
            return null;
        }
        return columns.stream()
                .filter(c -> c.name.equals(primaryKey.get(0)) && c.sqliteType.equals("INTEGER"))
                .findFirst().orElse(null);
    }

    TableShape shape(String table) {
        List<ColumnShape> shapes = columns.stream().map(ColumnDefinition::shape).toList();
        return new TableShape(table, shapes, primaryKey, uniqueKeys);
    }
}
