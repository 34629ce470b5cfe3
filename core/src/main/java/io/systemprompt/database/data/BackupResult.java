package io.systemprompt.database.data;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a backup wrote.
 *
 * @param file    the archive or database file written
 * @param archive true for an engine-neutral archive, false for a SQLite file copy
 * @param tables  per-table counts and checksums (empty for a SQLite file copy)
 * @param bytes   the size of the file
 * @param elapsed how long it took
 */
public record BackupResult(Path file, boolean archive, List<TableSummary> tables, long bytes, Duration elapsed) {

    public BackupResult {
        tables = List.copyOf(tables);
    }

    /** Rows over all tables. */
    public long rows() {
        return tables.stream().mapToLong(TableSummary::rows).sum();
    }
}
