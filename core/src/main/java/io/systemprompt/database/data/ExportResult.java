package io.systemprompt.database.data;

import java.time.Duration;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param tables  the tables, parents first
 * @param elapsed how long it took
 */
public record ExportResult(List<ExportedTable> tables, Duration elapsed) {

    public ExportResult {
        tables = List.copyOf(tables);
    }

    /** Rows over all tables. */
    public long rows() {
        return tables.stream().mapToLong(ExportedTable::rows).sum();
    }
}
