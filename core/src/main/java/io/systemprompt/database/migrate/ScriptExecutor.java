package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.script.SourcePosition;
import io.systemprompt.database.script.SqlStatement;

import java.sql.BatchUpdateException;
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
        try (Statement st = c.createStatement()) {
            if (dialect.batchesScripts() && script.statements().size() > 1 && returnsNoRows(script)) {
                runBatch(st, module, script);
            } else {
                for (SqlStatement s : script.statements()) {
                    execute(st, module, script, s);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot create a statement: " + e.getMessage(), e);
        }
        return script.statements().size();
    }

    private void execute(Statement st, String module, PreparedScript script, SqlStatement s) {
        try {
            st.execute(s.sql());
        } catch (SQLException e) {
            throw failure(module, script, s, e);
        }
    }

    /**
     * One round trip for the whole script. The batch starts with a savepoint: when it fails, the
     * script is rolled back to it and run again statement by statement, so the failure is reported
     * against the statement that failed, with the engine's own message and position.
     */
    private void runBatch(Statement st, String module, PreparedScript script) throws SQLException {
        st.addBatch("SAVEPOINT spdb_script");
        for (SqlStatement s : script.statements()) {
            st.addBatch(s.sql());
        }
        try {
            st.executeBatch();
        } catch (BatchUpdateException e) {
            if (dialect.endsTransaction(e)) {
                // The connection is gone: there is nothing to replay on, and nothing was committed.
                throw failure(module, script, script.statements().get(0), e);
            }
            st.clearBatch();
            st.execute("ROLLBACK TO SAVEPOINT spdb_script");
            for (SqlStatement s : script.statements()) {
                execute(st, module, script, s);
            }
        }
    }

    /** A batch may not return rows, so scripts with a query run statement by statement. */
    private static boolean returnsNoRows(PreparedScript script) {
        for (SqlStatement s : script.statements()) {
            String head = s.sql().stripLeading();
            int end = 0;
            while (end < head.length() && Character.isLetter(head.charAt(end))) {
                end++;
            }
            String verb = head.substring(0, end).toUpperCase(java.util.Locale.ROOT);
            if (verb.equals("SELECT") || verb.equals("WITH") || verb.equals("VALUES") || verb.equals("SHOW")
                    || verb.equals("EXPLAIN") || verb.equals("TABLE") || s.sql().toUpperCase(java.util.Locale.ROOT)
                            .contains("RETURNING")) {
                return false;
            }
        }
        return true;
    }

    MigrationException failure(String module, PreparedScript script, SqlStatement s, SQLException e) {
        SourcePosition at = s.positionAtServerPosition(dialect.errorPosition(e).orElse(0));
        String engineMessage = String.valueOf(e.getMessage()).strip().replace("\n", "\n    ");
        if (dialect.endsTransaction(e)) {
            return new MigrationException(MigrationException.Reason.STATEMENT_FAILED, module,
                    script.file().location(), "Module " + module + ": " + script.file().location() + ": the "
                    + dialect.type().id() + " transaction of this step was ended by the engine (" + engineMessage
                    + ").\n  Nothing of this step was applied. Check the disk space and the server, then run again.",
                    e);
        }
        return new MigrationException(MigrationException.Reason.STATEMENT_FAILED, module, script.file().location(),
                "Module " + module + ": " + script.file().location() + ":" + at + ": statement " + (s.index() + 1)
                        + " failed on " + dialect.type().id() + ": " + engineMessage
                        + "\n  Statement: " + io.systemprompt.database.StatementException.excerpt(s.sql())
                        + "\n  Nothing of this step was applied. Fix the SQL at that line and run again.", e);
    }
}
