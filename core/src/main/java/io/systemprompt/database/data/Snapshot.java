package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.Transaction;

/**
 * Marks where a read-only transaction relies on being one consistent snapshot over all the tables it
 * reads. Every engine's read-only transaction already is one (SQLite WAL read transactions; PostgreSQL
 * read-only transactions begin REPEATABLE READ in the dialect), so nothing needs to run here.
 */
public final class Snapshot {
    private Snapshot() {
    }

    /** Call first in the transaction, before any other statement. */
    public static void begin(Database db, Transaction tx) {
        // Nothing to do: see the class comment.
    }
}
