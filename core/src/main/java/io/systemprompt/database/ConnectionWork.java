package io.systemprompt.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work on a connection of its own, outside any transaction of the core.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface ConnectionWork<T> {
    /** Runs on {@code connection}; must not close it and must leave it in auto-commit mode. */
    T apply(Connection connection) throws SQLException;
}
