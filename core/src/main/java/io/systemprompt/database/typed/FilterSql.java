package io.systemprompt.database.typed;

import java.util.List;
import java.util.StringJoiner;

/** Renders a {@link TableFilter} as WHERE, ORDER BY, LIMIT and OFFSET clauses, with every value bound. */
final class FilterSql {
    private FilterSql() {
    }

    /** {@code " WHERE …"} or an empty string; appends the values to bind to {@code params}. */
    static String where(TableDefinition<?> table, TableFilter<?> filter, List<Object> params) {
        if (filter.conditions().isEmpty()) {
            return "";
        }
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "");
        for (TableFilter.Condition c : filter.conditions()) {
            where.add(condition(table.checkedColumn(c.column()), c, params));
        }
        return where.toString();
    }

    private static String condition(String column, TableFilter.Condition c, List<Object> params) {
        if (!c.operator().equals("IN")) {
            params.addAll(c.values());
            return column + " " + c.operator() + (c.values().isEmpty() ? "" : " ?");
        }
        if (c.values().isEmpty()) {
            return "1 = 0";
        }
        params.addAll(c.values());
        return column + " IN (" + String.join(", ", java.util.Collections.nCopies(c.values().size(), "?")) + ")";
    }

    /**
     * ORDER BY the filter's ordering, or the primary key when none was given, so a page of rows is the
     * same page on both engines; then LIMIT and OFFSET as bound values.
     */
    static String tail(TableDefinition<?> table, TableFilter<?> filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        List<String> order = filter.ordering().isEmpty()
                ? table.primaryKey().stream().map(k -> "+" + k).toList() : filter.ordering();
        if (!order.isEmpty()) {
            StringJoiner by = new StringJoiner(", ", " ORDER BY ", "");
            for (String o : order) {
                // NULLs sort as SQLite sorts them by default; PostgreSQL's default is the opposite.
                by.add(table.checkedColumn(o.substring(1))
                        + (o.charAt(0) == '-' ? " DESC NULLS LAST" : " ASC NULLS FIRST"));
            }
            sql.append(by);
        }
        if (filter.limitRows() != null || filter.offsetRows() != null) {
            // Both engines take LIMIT before OFFSET; "no limit" is the largest bigint on both.
            sql.append(" LIMIT ?");
            params.add(filter.limitRows() == null ? Long.MAX_VALUE : filter.limitRows());
            if (filter.offsetRows() != null) {
                sql.append(" OFFSET ?");
                params.add(filter.offsetRows());
            }
        }
        return sql.toString();
    }
}
