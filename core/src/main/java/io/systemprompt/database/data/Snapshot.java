package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.config.EngineType;

/**
 * Makes a read-only transaction one consistent snapshot over all the tables it reads. SQLite's
 * read transaction already is one (WAL); PostgreSQL's default READ COMMITTED gives each statement a
 * new snapshot, so an export of several tables could mix points in time.
 */
final class Snapshot {
    private Snapshot() {
    }

    /** Call first in the transaction, before any other statement. */
    static void begin(Database db, Transaction tx) {
        if (db.config().engine() == EngineType.POSTGRES) {
            tx.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        }
    }
}
