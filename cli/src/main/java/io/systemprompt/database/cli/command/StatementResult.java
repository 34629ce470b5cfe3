package io.systemprompt.database.cli.command;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one statement returned: rows with their column names, or an affected-row count.
 *
 * @param sql         the statement
 * @param line        its line in the script
 * @param columns     column names; empty for a statement without a result set
 * @param rows        the rows
 * @param updateCount affected rows, or -1 when the statement returned rows
 * @param elapsedMs   how long it took
 */
record StatementResult(String sql, int line, List<String> columns, List<List<Object>> rows, long updateCount,
        double elapsedMs) {

    /** True when the statement returned a result set. */
    boolean hasRows() {
        return updateCount < 0;
    }

    /** The JSON form. */
    Map<String, Object> document() {
        return Docs.map("statement", sql, "line", line, "columns", columns, "rows", rows,
                "rowCount", hasRows() ? rows.size() : null, "updateCount", hasRows() ? null : updateCount,
                "elapsedMs", elapsedMs);
    }

    /** The timing line that follows the result. */
    String timing() {
        String what = hasRows() ? rows.size() + (rows.size() == 1 ? " row" : " rows")
                : updateCount + (updateCount == 1 ? " row affected" : " rows affected");
        return "(" + what + ", " + elapsedMs + " ms)";
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
