package io.systemprompt.database.history;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.module.SchemaObject;
import io.systemprompt.database.module.SchemaObject.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /** Rows per statement: well under SQLite's bound-parameter limit. */
    private static final int CHUNK = 200;

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

    /**
     * Writes the ownership rows gathered over several files (e.g. a module's steps sharing one transaction)
     * in a few statements rather than two per object; the last file to create an object owns it.
     */
    public void write(Transaction tx, Pending pending) {
        List<String[]> rows = new ArrayList<>(pending.rows.values());
        Object now = HistoryTables.now();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<String[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder delete = new StringBuilder("DELETE FROM " + table + " WHERE (kind, name) IN (");
            StringBuilder insert = new StringBuilder("INSERT INTO " + table
                    + " (kind, name, module, file_name, recorded_at) VALUES ");
            List<Object> keys = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                String[] r = chunk.get(i);
                delete.append(i == 0 ? "" : ", ").append("(?, ?)");
                insert.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
                keys.add(r[0]);
                keys.add(r[1]);
                values.addAll(List.of(r[0], r[1], r[2], r[3], now));
            }
            tx.execute(delete.append(")").toString(), keys.toArray());
            tx.execute(insert.toString(), values.toArray());
        }
        pending.rows.clear();
    }

    /** Ownership rows not written yet, by kind and folded name; a later file's row replaces an earlier one. */
    public static final class Pending {
        private final Map<String, String[]> rows = new LinkedHashMap<>();

        /** Adds the objects a file created (references are not owned). */
        public void add(String module, String fileName, List<SchemaObject> objects) {
            for (SchemaObject o : objects) {
                if (o.kind() != Kind.REFERENCE) {
                    String key = o.kind().label() + "\u0000" + o.folded();
                    rows.remove(key);
                    rows.put(key, new String[] {o.kind().label(), o.folded(), module, fileName});
                }
            }
        }

        /** True when nothing waits to be written. */
        public boolean isEmpty() {
            return rows.isEmpty();
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
