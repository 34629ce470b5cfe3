package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.script.SqlStatement;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Sends several consecutive steps of one module in ONE round trip, each behind its own savepoint, on an
 * engine that batches scripts (PostgreSQL). On failure the step whose savepoint was set last is the one
 * that failed: it is found by rolling back to the savepoints from the last down (the driver's update
 * counts do not say which entry failed inside a transaction), so the steps before it stay applied.
 * Only steps whose statements return no rows can share a batch.
 */
final class StepBatch {
    /** Steps per round trip at most: keeps the batch and a failure's probing small. */
    static final int MAX_STEPS = 25;
    /** Statements per round trip at most. */
    static final int MAX_STATEMENTS = 2_000;
    private static final String SAVEPOINT = "spdb_batch_";

    /**
     * How a batch went.
     *
     * @param failedIndex the index of the failed step in the batch, or -1 when all ran
     * @param error       the engine's error, or null
     */
    record Result(int failedIndex, SQLException error) {
        boolean ok() {
            return failedIndex < 0;
        }
    }

    private final Dialect dialect;

    StepBatch(Dialect dialect) {
        this.dialect = dialect;
    }

    /** True when this step may share a round trip with others: the engine batches and nothing returns rows. */
    boolean fits(PlannedStep step) {
        return dialect.batchesScripts() && !step.noTransaction() && step.scripts().stream()
                .flatMap(s -> s.statements().stream()).noneMatch(ScriptExecutor::returnsRows);
    }

    /** How many of {@code steps}, from {@code from}, fit in one batch (0 or 1 means: run them one by one). */
    int span(List<PlannedStep> steps, int from) {
        int to = from;
        int statements = 0;
        while (to < steps.size() && to - from < MAX_STEPS && fits(steps.get(to))) {
            statements += steps.get(to).scripts().stream().mapToInt(s -> s.statements().size()).sum();
            if (to > from && statements > MAX_STATEMENTS) {
                break;
            }
            to++;
        }
        return to - from;
    }

    /**
     * Runs the steps in one round trip. On failure the transaction is rolled back to the failed step's
     * savepoint (undoing only that step) and the result names it; a lost connection is thrown as is.
     */
    Result run(Connection c, List<PlannedStep> steps) {
        try (Statement st = c.createStatement()) {
            for (int i = 0; i < steps.size(); i++) {
                st.addBatch("SAVEPOINT " + SAVEPOINT + i);
                for (PreparedScript s : steps.get(i).scripts()) {
                    for (SqlStatement sql : s.statements()) {
                        st.addBatch(sql.sql());
                    }
                }
            }
            try {
                st.executeBatch();
                return new Result(-1, null);
            } catch (BatchUpdateException e) {
                if (dialect.endsTransaction(e)) {
                    throw new DatabaseException("The connection ended while migrations ran: " + e.getMessage(), e);
                }
                st.clearBatch();
                return new Result(rollBackToFailed(st, steps.size(), e), e);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot run a batch of migrations: " + e.getMessage(), e);
        }
    }

    /** The last savepoint that exists marks the failed step; rolling back to it keeps the steps before. */
    private static int rollBackToFailed(Statement st, int count, SQLException failure) throws SQLException {
        for (int i = count - 1; i >= 0; i--) {
            try {
                st.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT + i);
                return i;
            } catch (SQLException missing) {
                if (i == 0) {
                    failure.addSuppressed(missing);
                    throw failure;
                }
            }
        }
        throw failure;
    }

    /** The file's statements, as a step reports them: a translated statement may run as several. */
    static int statementCount(PlannedStep step) {
        int n = 0;
        for (PreparedScript s : step.scripts()) {
            n += (int) s.statements().stream().map(SqlStatement::position).distinct().count();
        }
        return n;
    }
}
