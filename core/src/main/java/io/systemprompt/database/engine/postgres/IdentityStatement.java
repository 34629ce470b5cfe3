package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.engine.Quoting;

/**
 * The one statement that keeps SQLite's rowid rule on PostgreSQL for one table: after rows arrived with
 * explicit ids, the column's identity (or serial) sequence moves to the largest id, so the next implicit
 * id continues after it. It never moves a sequence back, so ids are not reused after deletes (SQLite's
 * {@code AUTOINCREMENT} rule), and it does nothing when the column owns no sequence ({@code setval}
 * is not called for a NULL sequence name). The translator emits it after module scripts; the data
 * commands run it after loads.
 */
public final class IdentityStatement {
    private IdentityStatement() {
    }

    /**
     * The statement for {@code table}'s key column {@code column}, moving the sequence at least to
     * {@code floor} (the last id a copied database had handed out, which may exceed its largest remaining
     * row); it returns at most one row and changes nothing but the sequence.
     */
    public static String of(String table, String column, long floor) {
        String quotedTable = Quoting.quote(table);
        String quotedColumn = Quoting.quote(column);
        String max = floor > 0 ? "greatest(max(" + quotedColumn + "), " + floor + ")" : "max(" + quotedColumn + ")";
        return "SELECT setval(s, m) FROM (SELECT pg_get_serial_sequence('" + quotedTable.replace("'", "''") + "', '"
                + column.replace("'", "''") + "') AS s, " + max + " AS m FROM " + quotedTable
                + ") x WHERE s IS NOT NULL AND m > coalesce(pg_sequence_last_value(CAST(s AS regclass)), 0)";
    }
}
