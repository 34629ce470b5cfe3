package io.systemprompt.database.data;

import java.util.Map;

/**
 * What {@code clear} deleted.
 *
 * @param rowsByTable     rows deleted per table, in the order they were cleared
 * @param includeTracking true when {@code _schema_versions} and {@code _migrations} were cleared too
 */
public record ClearResult(Map<String, Long> rowsByTable, boolean includeTracking) {

    public ClearResult {
        rowsByTable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsByTable));
    }

    /** Rows deleted in all. */
    public long rows() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
