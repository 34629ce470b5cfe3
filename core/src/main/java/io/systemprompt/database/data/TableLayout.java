package io.systemprompt.database.data;

import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.TableInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One table as the data operations see it: column names in declaration order with their
 * {@link ColumnKind}, and the primary key, which fixes the row order of every export.
 *
 * @param table      the table name as the engine stores it
 * @param columns    column names in declaration order
 * @param kinds      the kind of each column, index for index
 * @param primaryKey primary key columns; empty when the table has none
 */
public record TableLayout(String table, List<String> columns, List<ColumnKind> kinds, List<String> primaryKey) {

    public TableLayout {
        columns = List.copyOf(columns);
        kinds = List.copyOf(kinds);
        primaryKey = List.copyOf(primaryKey);
    }

    /** The layout of a catalog table. */
    public static TableLayout of(TableInfo info) {
        List<String> names = new ArrayList<>();
        List<ColumnKind> kinds = new ArrayList<>();
        for (ColumnInfo c : info.columns()) {
            names.add(c.name());
            kinds.add(ColumnKind.of(c.type()));
        }
        return new TableLayout(info.name(), names, kinds, info.primaryKey());
    }

    /**
     * Every row in a fixed order: by primary key, else by all columns, so two exports of the same data
     * are byte-identical.
     */
    public String selectAll() {
        List<String> order = primaryKey.isEmpty() ? columns : primaryKey;
        return "SELECT " + Sql.list(columns) + " FROM " + Sql.quote(table) + " ORDER BY " + Sql.list(order);
    }

    /** The position of a column, compared case-insensitively (PostgreSQL folds unquoted names). */
    public Optional<Integer> indexOf(String column) {
        String n = column.toLowerCase(Locale.ROOT);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
