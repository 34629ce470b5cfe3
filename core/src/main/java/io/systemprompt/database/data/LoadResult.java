package io.systemprompt.database.data;

import java.time.Duration;
import java.util.List;

/**
 * What a restore or copy loaded, after verification.
 *
 * @param tables     every module table with its row count and content checksum, as verified on the target
 * @param modules    module schemas installed on the target
 * @param migrations migrations applied on the target
 * @param replaced   true when an existing database was replaced
 * @param elapsed    how long it took
 */
public record LoadResult(List<TableSummary> tables, int modules, int migrations, boolean replaced, Duration elapsed) {

    public LoadResult {
        tables = List.copyOf(tables);
    }

    /** Rows over all tables. */
    public long rows() {
        return tables.stream().mapToLong(TableSummary::rows).sum();
    }
}
