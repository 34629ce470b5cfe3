package io.systemprompt.database.history;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.Transaction;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises a tracking table that another tool wrote: {@code _migrations} is a common name (the original
 * TypeScript system, Knex, and others use it). Reading it as ours would fail with a raw SQL error, so its
 * columns are checked first and a difference is reported with what to do.
 */
final class ForeignHistory {

    private ForeignHistory() {
    }

    /** Throws when the table lacks one of the expected columns. */
    static void check(Transaction tx, String table, List<String> expected) {
        List<String> actual = columns(tx, table);
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        if (!missing.isEmpty()) {
            throw new DatabaseException("The table " + table + " exists but is not this module's history: it has the "
                    + "columns " + actual + ", and lacks " + missing + ". Another tool probably wrote it. Keep it and "
                    + "give this module's tracking tables other names with DB_HISTORY_TABLE_PREFIX (e.g. spdb_, "
                    + "then 'spdb baseline' to adopt the existing tables), or rename that table.");
        }
    }

    private static List<String> columns(Transaction tx, String table) {
        List<String> names = new ArrayList<>();
        try {
            var c = tx.connection();
            DatabaseMetaData md = c.getMetaData();
            String pattern = table.replace("_", md.getSearchStringEscape() + "_");
            try (ResultSet rs = md.getColumns(null, c.getSchema(), pattern, "%")) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the columns of " + table + ": " + e.getMessage(), e);
        }
        return names;
    }
}
