package io.systemprompt.database.data.load;

import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.OnConflict;
import io.systemprompt.database.data.Sql;
import io.systemprompt.database.data.TableLayout;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The parameterised INSERT for some columns of a table, with the conflict clause both engines accept
 * (SQLite 3.24 and later, PostgreSQL 9.5 and later).
 */
final class InsertStatement {
    private InsertStatement() {
    }

    static String sql(TableLayout layout, List<String> columns, OnConflict onConflict) {
        String insert = "INSERT INTO " + Sql.quote(layout.table()) + " (" + Sql.list(columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        return switch (onConflict) {
            case FAIL -> insert;
            case SKIP -> insert + " ON CONFLICT DO NOTHING";
            case UPDATE -> insert + update(layout, columns);
        };
    }

    private static String update(TableLayout layout, List<String> columns) {
        if (layout.primaryKey().isEmpty()) {
            throw new DataException("Table " + layout.table() + " has no primary key, so rows cannot be matched"
                    + " for --on-conflict update. Use --on-conflict fail or skip for this table.");
        }
        List<String> pk = layout.primaryKey().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        List<String> rest = columns.stream().filter(c -> !pk.contains(c.toLowerCase(Locale.ROOT))).toList();
        String target = " ON CONFLICT (" + Sql.list(layout.primaryKey()) + ")";
        if (rest.isEmpty()) {
            return target + " DO NOTHING";
        }
        return target + " DO UPDATE SET " + rest.stream().map(c -> Sql.quote(c) + " = excluded." + Sql.quote(c))
                .collect(Collectors.joining(", "));
    }
}
