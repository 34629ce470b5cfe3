package io.systemprompt.database.data.archive;

import io.systemprompt.database.data.BackupResult;
import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.DataFiles;

import io.systemprompt.database.Database;
import io.systemprompt.database.engine.Maintenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * A backup as one database file, where the engine can write one
 * ({@link Maintenance#copyToFile}; SQLite's {@code VACUUM INTO}): it reads one snapshot of the database,
 * so writers may go on meanwhile, and writes a compact, consistent file. It needs no write lock, so it does not pass the
 * write gate and never blocks the application's writers.
 */
public final class SqliteFileBackup {
    private SqliteFileBackup() {
    }

    public static BackupResult write(Database db, Path file) {
        Maintenance engine = db.dialect().maintenance();
        if (!engine.copiesToFile()) {
            throw new DataException("A database file copy is for SQLite only; this database is "
                    + db.config().engine().id() + ". Write an archive instead (a .zip file name).");
        }
        long start = System.nanoTime();
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new DataException("The backup file " + target + " exists; VACUUM INTO never overwrites."
                    + " Choose a new file name or delete the old file.");
        }
        DataFiles.createParent(target);
        try {
            db.withConnection(c -> {
                engine.copyToFile(c, target);
                return null;
            });
            return new BackupResult(target, false, List.of(), Files.size(target),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException | IOException e) {
            DataException failure = new DataException("The SQLite backup to " + target + " failed: "
                    + e.getMessage() + ". Check that the folder exists, is writable and has room."
                    + " No partial backup file was left behind.", e);
            removePartial(target, failure);
            throw failure;
        }
    }

    /** A failed VACUUM INTO (a full disk, say) may leave the half-written file and its journal. */
    private static void removePartial(Path target, Exception failure) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(target + suffix));
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
