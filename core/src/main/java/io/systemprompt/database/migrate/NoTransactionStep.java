package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseContext;
import io.systemprompt.database.UnableToConnectException;
import io.systemprompt.database.script.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A migration marked {@code -- spdb:no-transaction}, for statements an engine refuses inside a
 * transaction (PostgreSQL {@code CREATE INDEX CONCURRENTLY}). Its statements run one by one in
 * auto-commit mode; the history row is written afterwards under the migration lock. A failure part-way
 * leaves the earlier statements applied and says so, so such migrations should be idempotent
 * ({@code IF NOT EXISTS}).
 */
final class NoTransactionStep {
    private final DatabaseContext db;
    private final ScriptExecutor executor;

    NoTransactionStep(DatabaseContext db, ScriptExecutor executor) {
        this.db = db;
        this.executor = executor;
    }

    /** Runs the statements in auto-commit mode and returns how many ran. */
    int run(PlannedStep step) {
        PreparedScript script = step.scripts().get(0);
        try {
            return db.withWriteConnection(c -> runEach(c, step, script));
        } catch (SQLException e) {
            throw new UnableToConnectException("Connection failed during " + script.file().location() + ": "
                    + e.getMessage(), e);
        }
    }

    private int runEach(Connection c, PlannedStep step, PreparedScript script) throws SQLException {
        int ran = 0;
        try (Statement st = c.createStatement()) {
            for (SqlStatement s : script.statements()) {
                try {
                    st.execute(s.sql());
                } catch (SQLException e) {
                    throw partial(step, script, s, e, ran);
                }
                ran++;
            }
        }
        return ran;
    }

    private MigrationException partial(PlannedStep step, PreparedScript script, SqlStatement s, SQLException e,
            int ran) {
        MigrationException f = executor.failure(step.module(), script, s, e);
        String message = f.getMessage().replace("Nothing of this step was applied.",
                "This migration runs outside a transaction: " + ran + " of " + script.statements().size()
                        + " statements before it stay applied and it is not recorded. Make the SQL idempotent"
                        + " (IF NOT EXISTS), fix it and run again.");
        return new MigrationException(MigrationException.Reason.PARTIALLY_APPLIED, step.module(),
                script.file().location(), message, e);
    }
}
