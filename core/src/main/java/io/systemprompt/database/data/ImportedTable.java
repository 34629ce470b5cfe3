package io.systemprompt.database.data;

import java.nio.file.Path;

/**
 * One file an import read.
 *
 * @param table   the table
 * @param file    the file
 * @param rows    rows read from the file
 * @param written rows the engine inserted or updated (conflicts skipped with {@code skip} are not counted;
 *                on PostgreSQL, where batches do not report per row, that count is the table's growth during
 *                the import, so rows another session commits to the same table meanwhile count too)
 */
public record ImportedTable(String table, Path file, long rows, long written) {
    /** Rows read but not written: conflicts skipped with {@code skip}. */
    public long skipped() {
        return rows - written;
    }
}
