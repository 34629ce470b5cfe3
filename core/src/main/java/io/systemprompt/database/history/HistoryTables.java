package io.systemprompt.database.history;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.mapping.Row;

import io.systemprompt.database.config.DatabaseConfig;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Prefixes in use in this process, so data commands recognise renamed tracking tables too. */
    private static final Set<String> PREFIXES = ConcurrentHashMap.newKeySet();

    static {
        PREFIXES.add(DatabaseConfig.DEFAULT_HISTORY_PREFIX);
    }

    private static final List<String> SCHEMA_VERSION_COLUMNS = List.of("module", "version", "schema_file",
            "schema_checksum", "init_file", "init_checksum", "installed_at", "duration_ms", "statements");
    private static final List<String> MIGRATION_COLUMNS = List.of("module", "version", "description", "file_name",
            "checksum", "applied_at", "duration_ms", "applied_order");

    private final Dialect dialect;
    private final String prefix;
    private final String schemaVersions;
    private final String migrations;

    /** History tables with the default names, written with the engine's column types. */
    public HistoryTables(Dialect dialect) {
        this(dialect, DatabaseConfig.DEFAULT_HISTORY_PREFIX);
    }

    /** History tables named with a prefix ({@code DB_HISTORY_TABLE_PREFIX}): {@code <prefix>migrations}, ... */
    public HistoryTables(Dialect dialect, String prefix) {
        this.dialect = dialect;
        this.prefix = prefix;
        this.schemaVersions = prefix + "schema_versions";
        this.migrations = prefix + "migrations";
        PREFIXES.add(prefix);
    }

    /** The name of the module install table. */
    public String schemaVersionsTable() {
        return schemaVersions;
    }

    /** The name of the applied migration table. */
    public String migrationsTable() {
        return migrations;
    }

    /** The ownership table that goes with these history tables. */
    public ObjectOwners owners() {
        return new ObjectOwners(dialect, prefix);
    }

    /** True for a tracking table of the default or of any prefix in use in this process. */
    public static boolean isTrackingTable(String table) {
        String t = table.toLowerCase(java.util.Locale.ROOT);
        for (String p : PREFIXES) {
            String lp = p.toLowerCase(java.util.Locale.ROOT);
            if (t.equals(lp + "schema_versions") || t.equals(lp + "migrations") || t.equals(lp + "schema_objects")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Creates the tracking tables if missing (also {@link ObjectOwners#TABLE}) and runs the engine's upgrades
     * of objects made by earlier versions ({@link Dialect#trackingUpgrades()}); run inside the migration lock.
     */
    public void ensure(Transaction tx) {
        String ts = dialect.timestampType();
        tx.execute("CREATE TABLE IF NOT EXISTS " + schemaVersions + " ("
                + "module VARCHAR(255) NOT NULL PRIMARY KEY, version VARCHAR(64) NOT NULL,"
                + " schema_file VARCHAR(255), schema_checksum VARCHAR(64),"
                + " init_file VARCHAR(255), init_checksum VARCHAR(64),"
                + " installed_at " + ts + " NOT NULL, duration_ms BIGINT NOT NULL, statements INTEGER NOT NULL)");
        tx.execute("CREATE TABLE IF NOT EXISTS " + migrations + " ("
                + "module VARCHAR(255) NOT NULL, version VARCHAR(64) NOT NULL, description VARCHAR(255) NOT NULL,"
                + " file_name VARCHAR(255) NOT NULL, checksum VARCHAR(64) NOT NULL,"
                + " applied_at " + ts + " NOT NULL, duration_ms BIGINT NOT NULL, applied_order BIGINT NOT NULL,"
                + " PRIMARY KEY (module, version))");
        owners().ensure(tx);
        for (String upgrade : dialect.trackingUpgrades()) {
            tx.execute(upgrade);
        }
    }

    /**
     * Reads both tables; an absent table reads as empty.
     *
     * @throws io.systemprompt.database.DatabaseException when a table of that name exists but was written by
     *                                                    another tool (its columns differ)
     */
    public HistorySnapshot read(Transaction tx) {
        if (!tableExists(tx, schemaVersions) || !tableExists(tx, migrations)) {
            return HistorySnapshot.empty();
        }
        ForeignHistory.check(tx, schemaVersions, SCHEMA_VERSION_COLUMNS);
        ForeignHistory.check(tx, migrations, MIGRATION_COLUMNS);
        List<AppliedSchema> schemas = tx.query("SELECT " + String.join(", ", SCHEMA_VERSION_COLUMNS) + " FROM "
                + schemaVersions + " ORDER BY module", HistoryTables::appliedSchema);
        List<AppliedMigration> applied = tx.query("SELECT " + String.join(", ", MIGRATION_COLUMNS) + " FROM "
                + migrations + " ORDER BY applied_order", HistoryTables::appliedMigration);
        return new HistorySnapshot(true, schemas, applied);
    }

    // The rows are read by position (the columns listed above) with the same conversions as the record
    // mapper, which every start would otherwise build by reflection and method handles for two records.

    private static AppliedSchema appliedSchema(Row row) throws SQLException {
        return new AppliedSchema(row.get(1, String.class), row.get(2, String.class), row.get(3, String.class),
                row.get(4, String.class), row.get(5, String.class), row.get(6, String.class),
                row.get(7, Instant.class), row.get(8, long.class), row.get(9, int.class));
    }

    private static AppliedMigration appliedMigration(Row row) throws SQLException {
        return new AppliedMigration(row.get(1, String.class), row.get(2, String.class), row.get(3, String.class),
                row.get(4, String.class), row.get(5, String.class), row.get(6, Instant.class), row.get(7, long.class),
                row.get(8, long.class));
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
        return tx.queryValue("SELECT count(*) FROM " + schemaVersions + " WHERE module = ?", Long.class, module)
                .orElse(0L) > 0;
    }

    /** Records a schema install. */
    public void recordSchema(Transaction tx, AppliedSchema s) {
        tx.execute("INSERT INTO " + schemaVersions + " (module, version, schema_file, schema_checksum, init_file,"
                + " init_checksum, installed_at, duration_ms, statements) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.module(), s.version(), s.schemaFile(), s.schemaChecksum(), s.initFile(), s.initChecksum(),
                s.installedAt(), s.durationMs(), s.statements());
    }

    /** True when this migration has a {@code _migrations} row. */
    public boolean migrationApplied(Transaction tx, String module, String version) {
        return tx.queryValue("SELECT count(*) FROM " + migrations + " WHERE module = ? AND version = ?", Long.class,
                module, version).orElse(0L) > 0;
    }

    /** The next value of {@code applied_order}. */
    public long nextOrder(Transaction tx) {
        return tx.queryValue("SELECT coalesce(max(applied_order), 0) + 1 FROM " + migrations, Long.class).orElse(1L);
    }

    /** Records several applied migrations in one statement; nothing when the list is empty. */
    public void recordMigrations(Transaction tx, List<AppliedMigration> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO " + migrations + " (module, version, description,"
                + " file_name, checksum, applied_at, duration_ms, applied_order) VALUES ");
        Object[] params = new Object[rows.size() * 8];
        int i = 0;
        for (AppliedMigration m : rows) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            for (Object v : new Object[] {m.module(), m.version(), m.description(), m.fileName(), m.checksum(),
                m.appliedAt(), m.durationMs(), m.appliedOrder()}) {
                params[i++] = v;
            }
        }
        tx.execute(sql.toString(), params);
    }

    /** Forgets an applied migration (after its rollback ran, or when forced). */
    public int deleteMigration(Transaction tx, String module, String version) {
        return tx.execute("DELETE FROM " + migrations + " WHERE module = ? AND version = ?", module, version);
    }

    /** Accepts the current file's checksum for an applied migration. */
    public int updateMigrationChecksum(Transaction tx, String module, String version, String checksum) {
        return tx.execute("UPDATE " + migrations + " SET checksum = ? WHERE module = ? AND version = ?", checksum,
                module, version);
    }

    /** Accepts the current files' checksums for an installed schema. */
    public int updateSchemaChecksums(Transaction tx, String module, String schemaChecksum, String initChecksum) {
        return tx.execute("UPDATE " + schemaVersions + " SET schema_checksum = ?, init_checksum = ? WHERE module = ?",
                schemaChecksum, initChecksum, module);
    }

    /** The time recorded for an event that happens now, with milliseconds. */
    public static Instant now() {
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }
}
