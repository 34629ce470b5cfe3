package io.systemprompt.database.data;

import java.nio.file.Path;
import java.util.List;

/**
 * What to import.
 *
 * @param paths      data files, or folders whose data files are all imported; each file holds one
 *                   table, named by the file ({@code users.jsonl}, {@code users.csv.gz}, …)
 * @param onConflict what to do with rows whose key exists
 * @param dryRun     true to read, decode and insert everything, then roll back
 */
public record ImportOptions(List<Path> paths, OnConflict onConflict, boolean dryRun) {

    public ImportOptions {
        paths = List.copyOf(paths);
        onConflict = onConflict == null ? OnConflict.FAIL : onConflict;
    }
}
