package io.systemprompt.database.data.load;

import io.systemprompt.database.data.DataException;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.engine.Maintenance;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * After rows are copied with their ids, an engine that keeps id sequences apart from the rows
 * (PostgreSQL serial and identity columns) still has them at the start, so the next insert would
 * reuse id 1. This moves each one past the largest copied value, through the engine's
 * {@link Maintenance#advanceSequences}.
 */
final class Sequences {
    private Sequences() {
    }

    /**
     * Advances every sequence owned by a column of these tables past the largest value, and past
     * {@code lastIds} (by lower-case table name) where given; returns how many were moved.
     */
    static int advance(Maintenance engine, Transaction tx, List<TableInfo> tables, Map<String, Long> lastIds) {
        try {
            return engine.advanceSequences(tx.connection(), tables, lastIds);
        } catch (SQLException e) {
            throw new DataException("Moving the id sequences past the copied ids failed: " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
    }
}
