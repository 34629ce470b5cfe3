package io.systemprompt.database.data.archive;

import io.systemprompt.database.data.DataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks where an archive backup is about to go. The archive is renamed over its target at the end,
 * so a target that is one of the files holding the database (a SQLite file: any name without
 * {@code .db} is an archive name, and its {@code -wal}, {@code -shm} and {@code -journal} files) would
 * destroy the data being backed up; a folder cannot be replaced at all. An older archive may be replaced.
 */
final class BackupTarget {
    private BackupTarget() {
    }

    /**
     * Throws a {@link DataException} naming the target when the archive, or its temporary {@code part}
     * file, would be one of {@code databaseFiles} (links resolved) or the archive is a folder.
     */
    static void check(List<Path> databaseFiles, Path archive, Path part) {
        if (Files.isDirectory(archive)) {
            throw new DataException("Cannot write the backup " + archive + ": it is a folder. Give a file name,"
                    + " e.g. " + archive.resolve("backup.zip") + ".");
        }
        for (Path target : List.of(archive, part)) {
            Path candidate = real(target);
            for (Path own : databaseFiles) {
                if (candidate.equals(real(own))) {
                    throw new DataException("Cannot write the backup " + archive + ": " + (target == part
                            ? "its temporary file " + part + " would be " : "it would replace ") + own
                            + ", a file of the database the backup is taken from. Choose another file name"
                            + " (an archive ends in .zip; a name ending in .db writes a SQLite copy).");
                }
            }
        }
    }

    /** The path with links resolved as far as the file system has them, so two names of one file match. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName())
                    : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }
}
