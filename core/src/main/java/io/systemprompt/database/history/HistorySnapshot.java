package io.systemprompt.database.history;

import java.util.List;

/**
 * Both tracking tables as read in one go.
 *
 * @param tablesExist false on a database that has never been installed into
 * @param schemas     {@code _schema_versions} rows, by module key
 * @param migrations  {@code _migrations} rows, by order of application
 */
public record HistorySnapshot(boolean tablesExist, List<AppliedSchema> schemas, List<AppliedMigration> migrations) {

    /** Copies the lists, so a snapshot stays what was read. */
    public HistorySnapshot {
        schemas = List.copyOf(schemas);
        migrations = List.copyOf(migrations);
    }

    /** A database with no tracking tables. */
    public static HistorySnapshot empty() {
        return new HistorySnapshot(false, List.of(), List.of());
    }
}
