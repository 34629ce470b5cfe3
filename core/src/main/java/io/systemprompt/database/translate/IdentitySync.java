package io.systemprompt.database.translate;

import io.systemprompt.database.engine.postgres.IdentityStatement;

import java.util.Optional;

/**
 * The one statement that keeps SQLite's rowid rule on PostgreSQL for one table: after rows arrived with
 * explicit ids, the column's identity (or serial) sequence moves to the largest id, so the next implicit
 * id continues after it. It never moves a sequence back, so ids are not reused after deletes (SQLite's
 * {@code AUTOINCREMENT} rule), and it does nothing when the column owns no sequence ({@code setval}
 * is not called for a NULL sequence name).
 */
public final class IdentitySync {
    private IdentitySync() {
    }

    /**
     * The statement for {@code table}'s key column {@code column}; it returns at most one row and
     * changes nothing but the sequence.
     */
    public static String statement(String table, String column) {
        return statement(table, column, 0);
    }

    /**
     * As {@link #statement(String, String)}, moving the sequence at least to {@code floor} (the last id
     * a copied database had handed out, which may exceed its largest remaining row).
     */
    public static String statement(String table, String column, long floor) {
        // The translator sees names as written; PostgreSQL folds unquoted ones to lower case.
        return IdentityStatement.of(Identifiers.lower(table), Identifiers.lower(column), floor);
    }

    /** The table's one-column integer primary key, the only kind that can be a rowid. */
    static Optional<String> rowidColumn(TableShape shape) {
        if (shape.primaryKey().size() != 1) {
            return Optional.empty();
        }
        String key = shape.primaryKey().get(0);
        return shape.column(key).filter(c -> c.postgresType().contains("INT")).map(ColumnShape::name);
    }
}
