package io.systemprompt.database.data;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param tables  the files in the order they were loaded (parents first)
 * @param dryRun  true when everything was rolled back
 * @param elapsed how long it took
 */
public record ImportResult(List<ImportedTable> tables, boolean dryRun, Duration elapsed) {

    public ImportResult {
        tables = List.copyOf(tables);
    }

    /** Rows read over all files. */
    public long rows() {
        return tables.stream().mapToLong(ImportedTable::rows).sum();
    }
}
