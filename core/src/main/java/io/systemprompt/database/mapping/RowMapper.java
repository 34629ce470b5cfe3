package io.systemprompt.database.mapping;

import java.sql.SQLException;

/**
 * Turns the current row of a result into a value. {@link #specialize(Row)} is called once per result
 * before the first row, so a mapper can resolve column positions once instead of on every row.
 *
 * @param <T> the mapped type
 */
@FunctionalInterface
public interface RowMapper<T> {

    /** Maps the current row; must not advance the result. */
    T map(Row row) throws SQLException;

    /** Returns a mapper bound to this result's columns; by default this mapper itself. */
    default RowMapper<T> specialize(Row row) throws SQLException {
        return this;
    }
}
