package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.Transaction;

/**
 * Makes a read-only transaction one consistent snapshot over all the tables it reads, so an export of
 * several tables never mixes points in time. How is the engine's
 * ({@link io.systemprompt.database.engine.Maintenance#snapshotStatements()}).
 */
public final class Snapshot {
    private Snapshot() {
    }

    /** Call first in the transaction, before any other statement. */
    public static void begin(Database db, Transaction tx) {
        db.dialect().maintenance().snapshotStatements().forEach(tx::execute);
    }
}
