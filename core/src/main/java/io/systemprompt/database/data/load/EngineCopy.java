package io.systemprompt.database.data.load;

import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.LoadResult;
import io.systemprompt.database.data.ProgressListener;
import io.systemprompt.database.data.ProgressTracker;

import io.systemprompt.database.Database;
import io.systemprompt.database.migrate.MigrationStatus;

import java.util.List;

/**
 * Copies one database into another, empty one, of either engine: the SQLite to PostgreSQL move and
 * back. The source is read in one read-only transaction (a consistent snapshot); the target is
 * written in one transaction (see {@link Loader}).
 */
public final class EngineCopy {
    private EngineCopy() {
    }

    public static LoadResult copy(Database from, Database to, ProgressListener listener) {
        List<MigrationStatus> pending = from.migrationService().pending();
        if (!pending.isEmpty()) {
            throw new DataException("The source database has " + pending.size() + " pending migrations (first: "
                    + pending.get(0).module() + " " + pending.get(0).version() + "). Nothing was copied. Run"
                    + " spdb migrate against the source first, so both sides get the same schema.");
        }
        Loader loader = new Loader(to, false, new ProgressTracker("copy", listener),
                "A copy goes into an empty database only: drop and create the target database again, then copy.");
        return from.readOnly(stx -> {
            return loader.load(new DatabaseSource(from, stx));
        });
    }
}
