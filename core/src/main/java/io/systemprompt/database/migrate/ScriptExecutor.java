package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.script.SourcePosition;
import io.systemprompt.database.script.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs a prepared script's statements on one connection, naming file and line:column on failure. */
final class ScriptExecutor {
    private final Dialect dialect;

    ScriptExecutor(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Runs every statement; returns how many ran. On failure throws {@link MigrationException}
     * {@code STATEMENT_FAILED} and leaves rollback to the caller's transaction.
     */
    int run(Connection c, String module, PreparedScript script) {
        int ran = 0;
        try (Statement st = c.createStatement()) {
            for (SqlStatement s : script.statements()) {
                execute(st, module, script, s);
                ran++;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot create a statement: " + e.getMessage(), e);
        }
        return ran;
    }

    private void execute(Statement st, String module, PreparedScript script, SqlStatement s) {
        try {
            st.execute(s.sql());
        } catch (SQLException e) {
            throw failure(module, script, s, e);
        }
    }

    MigrationException failure(String module, PreparedScript script, SqlStatement s, SQLException e) {
        SourcePosition at = s.positionAtServerPosition(dialect.errorPosition(e).orElse(0));
        String engineMessage = String.valueOf(e.getMessage()).strip().replace("\n", "\n    ");
        return new MigrationException(MigrationException.Reason.STATEMENT_FAILED, module, script.file().location(),
                "Module " + module + ": " + script.file().location() + ":" + at + ": statement " + (s.index() + 1)
                        + " failed on " + dialect.type().id() + ": " + engineMessage
                        + "\n  Statement: " + io.systemprompt.database.StatementException.excerpt(s.sql())
                        + "\n  Nothing of this step was applied. Fix the SQL at that line and run again.", e);
    }
}
