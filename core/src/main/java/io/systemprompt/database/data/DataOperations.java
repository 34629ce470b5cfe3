package io.systemprompt.database.data;

import io.systemprompt.database.data.archive.ArchiveWriter;
import io.systemprompt.database.data.archive.Restorer;
import io.systemprompt.database.data.archive.SqliteFileBackup;
import io.systemprompt.database.data.export.Exporter;
import io.systemprompt.database.data.load.EngineCopy;
import io.systemprompt.database.data.load.Importer;
import io.systemprompt.database.data.maintenance.Clearer;
import io.systemprompt.database.data.maintenance.Dropper;
import io.systemprompt.database.data.maintenance.Rebuilder;

import io.systemprompt.database.Database;

import java.nio.file.Path;

/**
 * Operations on a database's data as a whole: clear, rebuild, export, import, backup, restore, and
 * copy to another engine. Every operation that writes runs in one transaction, so a failure leaves
 * the database as it was.
 *
 * <pre>{@code
 * DataOperations data = new DataOperations(db);
 * data.export(new ExportOptions(Path.of("out"), List.of(), DataFormat.JSONL, true), ProgressListener.NONE);
 * data.backup(Path.of("nightly.zip"), ProgressListener.NONE);
 * DataOperations.copy(sqlite, postgres, ProgressListener.NONE);     // move to PostgreSQL
 * }</pre>
 */
public final class DataOperations {
    private final Database db;

    /** Operations on this database. */
    public DataOperations(Database db) {
        this.db = db;
    }

    /** True when the database holds no table and no view: a restore or copy target needs no --yes. */
    public boolean isEmpty() {
        return Dropper.empty(Schema.read(db));
    }

    /** The number of tables, tracking tables included. */
    public int tableCount() {
        return Schema.read(db).tables().size();
    }

    /**
     * Deletes every row of every module table and keeps the schema; with
     * {@link ClearOptions#withTracking()} also the rows of {@code _schema_versions} and {@code _migrations}.
     * Foreign-key safe on both engines.
     */
    public ClearResult clear(ClearOptions options) {
        return new Clearer(db).clear(options.includeTracking());
    }

    /**
     * Drops every table (undeclared and tracking tables included), view and trigger, then installs all
     * module schemas and migrations from the module roots scanned afresh; one transaction. VACUUMs SQLite.
     */
    public RebuildResult rebuild() {
        try {
            return new Rebuilder(db).rebuild();
        } finally {
            db.schemaChanged();
        }
    }

    /** Writes tables to files, one per table, streaming, from one consistent snapshot. */
    public ExportResult export(ExportOptions options, ProgressListener listener) {
        return new Exporter(db).export(options, listener);
    }

    /**
     * Loads data files in one transaction, parents first. A bad row fails the whole import with its
     * file, line and column; a dry run rolls everything back.
     */
    public ImportResult importData(ImportOptions options, ProgressListener listener) {
        return new Importer(db).run(options, listener);
    }

    /**
     * Writes an engine-neutral archive (zip): {@code manifest.json} with engine, time, module and
     * migration history and per-table row counts and SHA-256, plus every table as JSON Lines.
     */
    public BackupResult backup(Path archive, ProgressListener listener) {
        return new ArchiveWriter(db).write(archive, listener);
    }

    /**
     * SQLite only: a consistent copy of the database file taken with {@code VACUUM INTO}, safe while
     * the application writes.
     */
    public BackupResult backupSqliteFile(Path file) {
        return SqliteFileBackup.write(db, file);
    }

    /**
     * Restores an archive written by {@link #backup}. The archive is verified before anything is
     * touched. The target must be empty unless the options say {@link RestoreOptions#replacing()};
     * either way the restore is one transaction, so a failure leaves the target as it was.
     */
    public LoadResult restore(RestoreOptions options, ProgressListener listener) {
        try {
            return Restorer.restore(db, options.archive(), options.replace(), listener);
        } finally {
            db.schemaChanged();
        }
    }

    /**
     * Copies a database into an empty one, of the same engine or another: installs the same modules on
     * the target, copies every module table and the tracking state, advances PostgreSQL sequences past
     * the copied ids and verifies row counts and per-table checksums, all in one target transaction.
     */
    public static LoadResult copy(Database from, Database to, ProgressListener listener) {
        try {
            return EngineCopy.copy(from, to, listener);
        } finally {
            to.schemaChanged();
        }
    }
}
