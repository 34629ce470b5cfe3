package io.systemprompt.database.history;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.module.SchemaObject;
import io.systemprompt.database.module.SchemaObject.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tracking table {@code _schema_objects}: which module created each table, view, index and
 * trigger, and in which file. Rows are written in the transaction of the install or migration that ran
 * the file, so ownership commits with the objects. The table is created with the other tracking tables
 * ({@code CREATE TABLE IF NOT EXISTS}), so a database from before it existed gains it on its next run;
 * objects created before that have no recorded owner.
 */
public final class ObjectOwners {
    /** Object ownership, one row per object (the default name). */
    public static final String TABLE = "_schema_objects";

    private final Dialect dialect;
    private final String table;

    /** Ownership rows in {@code <prefix>schema_objects}, written with the engine's column types. */
    public ObjectOwners(Dialect dialect, String prefix) {
        this.dialect = dialect;
        this.table = prefix + "schema_objects";
    }

    /** Creates the table if missing; run inside the migration lock. */
    public void ensure(Transaction tx) {
        tx.execute("CREATE TABLE IF NOT EXISTS " + table + " (kind VARCHAR(16) NOT NULL, name VARCHAR(255) NOT NULL,"
                + " module VARCHAR(255) NOT NULL, file_name VARCHAR(255) NOT NULL,"
                + " recorded_at " + dialect.timestampType() + " NOT NULL, PRIMARY KEY (kind, name))");
    }

    /** Records the objects a module's file created; a re-created object gets its new owner. */
    public void record(Transaction tx, String module, String fileName, List<SchemaObject> objects) {
        for (SchemaObject o : objects) {
            if (o.kind() == Kind.REFERENCE) {
                continue;
            }
            tx.execute("DELETE FROM " + table + " WHERE kind = ? AND name = ?", o.kind().label(), o.folded());
            tx.execute("INSERT INTO " + table + " (kind, name, module, file_name, recorded_at) VALUES (?, ?, ?, ?, ?)",
                    o.kind().label(), o.folded(), module, fileName, HistoryTables.now());
        }
    }

    /** The owning module of every recorded table and view, by lower-case name; empty before the table exists. */
    public Map<String, String> tableOwners(Transaction tx) {
        Map<String, String> owners = new TreeMap<>();
        if (!HistoryTables.tableExists(tx, table)) {
            return owners;
        }
        for (Map<String, Object> row : tx.query("SELECT name, module FROM " + table
                + " WHERE kind IN ('table', 'view')")) {
            owners.put(String.valueOf(row.get("name")).toLowerCase(Locale.ROOT), String.valueOf(row.get("module")));
        }
        return owners;
    }
}
