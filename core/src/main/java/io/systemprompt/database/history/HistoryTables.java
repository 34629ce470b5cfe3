package io.systemprompt.database.history;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.engine.Dialect;

import java.time.Instant;
import java.util.List;

/**
 * The tracking tables {@code _schema_versions} and {@code _migrations}: their DDL, and every read
 * and write of them. Writes take the caller's transaction, so a history row commits or rolls back
 * together with the SQL it records.
 */
public final class HistoryTables {
    /** Module schema installs, one row per module. */
    public static final String SCHEMA_VERSIONS = "_schema_versions";
    /** Applied migrations, one row per migration. */
    public static final String MIGRATIONS = "_migrations";

    private final Dialect dialect;

    /** History tables written with the engine's column types. */
    public HistoryTables(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Creates the tracking tables if missing (also {@link ObjectOwners#TABLE}); run inside the migration lock. */
    public void ensure(Transaction tx) {
        String ts = dialect.timestampType();
        tx.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA_VERSIONS + " ("
                + "module VARCHAR(255) NOT NULL PRIMARY KEY, version VARCHAR(64) NOT NULL,"
                + " schema_file VARCHAR(255), schema_checksum VARCHAR(64),"
                + " init_file VARCHAR(255), init_checksum VARCHAR(64),"
                + " installed_at " + ts + " NOT NULL, duration_ms BIGINT NOT NULL, statements INTEGER NOT NULL)");
        tx.execute("CREATE TABLE IF NOT EXISTS " + MIGRATIONS + " ("
                + "module VARCHAR(255) NOT NULL, version VARCHAR(64) NOT NULL, description VARCHAR(255) NOT NULL,"
                + " file_name VARCHAR(255) NOT NULL, checksum VARCHAR(64) NOT NULL,"
                + " applied_at " + ts + " NOT NULL, duration_ms BIGINT NOT NULL, applied_order BIGINT NOT NULL,"
                + " PRIMARY KEY (module, version))");
        new ObjectOwners(dialect).ensure(tx);
    }

    /** Reads both tables; an absent table reads as empty. */
    public HistorySnapshot read(Transaction tx) {
        if (!tableExists(tx, SCHEMA_VERSIONS) || !tableExists(tx, MIGRATIONS)) {
            return HistorySnapshot.empty();
        }
        List<AppliedSchema> schemas = tx.query("SELECT module, version, schema_file, schema_checksum, init_file,"
                + " init_checksum, installed_at, duration_ms, statements FROM " + SCHEMA_VERSIONS
                + " ORDER BY module", AppliedSchema.class);
        List<AppliedMigration> migrations = tx.query("SELECT module, version, description, file_name, checksum,"
                + " applied_at, duration_ms, applied_order FROM " + MIGRATIONS + " ORDER BY applied_order",
                AppliedMigration.class);
        return new HistorySnapshot(true, schemas, migrations);
    }

    static boolean tableExists(Transaction tx, String table) {
        try {
            var c = tx.connection();
            var md = c.getMetaData();
            String escape = md.getSearchStringEscape();
            // '_' is a pattern wildcard in getTables, so the names are escaped.
            String pattern = table.replace("_", escape + "_");
            try (var rs = md.getTables(null, c.getSchema(), pattern, new String[] {"TABLE"})) {
                return rs.next();
            }
        } catch (java.sql.SQLException e) {
            throw new io.systemprompt.database.DatabaseException("Cannot read the catalog: " + e.getMessage(), e);
        }
    }

    /** True when the module has a {@code _schema_versions} row. */
    public boolean schemaInstalled(Transaction tx, String module) {
        return tx.queryValue("SELECT count(*) FROM " + SCHEMA_VERSIONS + " WHERE module = ?", Long.class, module)
                .orElse(0L) > 0;
    }

    /** Records a schema install. */
    public void recordSchema(Transaction tx, AppliedSchema s) {
        tx.execute("INSERT INTO " + SCHEMA_VERSIONS + " (module, version, schema_file, schema_checksum, init_file,"
                + " init_checksum, installed_at, duration_ms, statements) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.module(), s.version(), s.schemaFile(), s.schemaChecksum(), s.initFile(), s.initChecksum(),
                s.installedAt(), s.durationMs(), s.statements());
    }

    /** True when this migration has a {@code _migrations} row. */
    public boolean migrationApplied(Transaction tx, String module, String version) {
        return tx.queryValue("SELECT count(*) FROM " + MIGRATIONS + " WHERE module = ? AND version = ?", Long.class,
                module, version).orElse(0L) > 0;
    }

    /** The next value of {@code applied_order}. */
    public long nextOrder(Transaction tx) {
        return tx.queryValue("SELECT coalesce(max(applied_order), 0) + 1 FROM " + MIGRATIONS, Long.class).orElse(1L);
    }

    /** Records an applied migration. */
    public void recordMigration(Transaction tx, AppliedMigration m) {
        tx.execute("INSERT INTO " + MIGRATIONS + " (module, version, description, file_name, checksum, applied_at,"
                + " duration_ms, applied_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", m.module(), m.version(),
                m.description(), m.fileName(), m.checksum(), m.appliedAt(), m.durationMs(), m.appliedOrder());
    }

    /** Forgets an applied migration (after its rollback ran, or when forced). */
    public int deleteMigration(Transaction tx, String module, String version) {
        return tx.execute("DELETE FROM " + MIGRATIONS + " WHERE module = ? AND version = ?", module, version);
    }

    /** Accepts the current file's checksum for an applied migration. */
    public int updateMigrationChecksum(Transaction tx, String module, String version, String checksum) {
        return tx.execute("UPDATE " + MIGRATIONS + " SET checksum = ? WHERE module = ? AND version = ?", checksum,
                module, version);
    }

    /** Accepts the current files' checksums for an installed schema. */
    public int updateSchemaChecksums(Transaction tx, String module, String schemaChecksum, String initChecksum) {
        return tx.execute("UPDATE " + SCHEMA_VERSIONS + " SET schema_checksum = ?, init_checksum = ? WHERE module = ?",
                schemaChecksum, initChecksum, module);
    }

    /** The time recorded for an event that happens now, with milliseconds. */
    public static Instant now() {
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }
}
