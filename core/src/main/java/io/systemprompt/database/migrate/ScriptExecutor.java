package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.script.SourcePosition;
import io.systemprompt.database.script.SqlStatement;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/** Runs a prepared script's statements on one connection, naming file and line:column on failure. */
final class ScriptExecutor {
    private final Dialect dialect;

    ScriptExecutor(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Runs every statement; returns how many of the file's statements ran. On failure throws {@link MigrationException}
     * {@code STATEMENT_FAILED} and leaves rollback to the caller's transaction.
     */
    int run(Connection c, String module, PreparedScript script) {
        return run(c, module, script, null);
    }

    /**
     * As {@link #run(Connection, String, PreparedScript)}, first running {@code leading} (a statement of
     * the caller's, such as a savepoint; null for none) in the same round trip as the first batch.
     */
    int run(Connection c, String module, PreparedScript script, String leading) {
        List<SqlStatement> statements = script.statements();
        try (Statement st = c.createStatement()) {
            if (leading != null) {
                st.addBatch(leading);
                if (!dialect.batchesScripts()) {
                    st.executeBatch();
                }
            }
            int from = 0;
            while (from < statements.size()) {
                int to = from;
                while (to < statements.size() && !returnsRows(statements.get(to))) {
                    to++;
                }
                if (dialect.batchesScripts() && (to - from > 1 || leading != null && from == 0 && to > 0)) {
                    runBatch(st, module, script, statements.subList(from, to));
                } else {
                    flushLeading(st);
                    to = Math.max(to, from + 1);
                    for (SqlStatement s : statements.subList(from, to)) {
                        execute(st, module, script, s);
                    }
                }
                from = to;
            }
            flushLeading(st);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot run a statement: " + e.getMessage(), e);
        }
        // The file's statements, not the engine's: a translated statement may run as several.
        return (int) statements.stream().map(SqlStatement::position).distinct().count();
    }

    /** Sends a leading statement still waiting in the batch (the script began with a query, or was empty). */
    private static void flushLeading(Statement st) throws SQLException {
        st.executeBatch();
    }

    private void execute(Statement st, String module, PreparedScript script, SqlStatement s) {
        try {
            st.execute(s.sql());
        } catch (SQLException e) {
            throw failure(module, script, s, e);
        }
    }

    /**
     * One round trip for a run of statements. The batch starts with a savepoint: when it fails, the
     * run is rolled back to it and done again statement by statement, so the failure is reported
     * against the statement that failed, with the engine's own message and position.
     */
    private void runBatch(Statement st, String module, PreparedScript script, List<SqlStatement> run)
            throws SQLException {
        st.addBatch("SAVEPOINT spdb_script");
        for (SqlStatement s : run) {
            st.addBatch(s.sql());
        }
        try {
            st.executeBatch();
        } catch (BatchUpdateException e) {
            if (dialect.endsTransaction(e)) {
                // The connection is gone: there is nothing to replay on, and nothing was committed.
                throw failure(module, script, script.statements().get(0), e);
            }
            if (dialect.isLockTimeout(e)) {
                // Replaying would wait for the lock again and could pass unseen by the run's retry; the
                // statements before the failing one all ran, so the update counts say which one it was.
                int failed = Math.max(0, Math.min(run.size() - 1, e.getUpdateCounts().length - 1));
                throw failure(module, script, run.get(failed), e);
            }
            st.clearBatch();
            st.execute("ROLLBACK TO SAVEPOINT spdb_script");
            for (SqlStatement s : run) {
                execute(st, module, script, s);
            }
        }
    }

    /** A batch may not return rows, so such statements run on their own (e.g. an identity sync). */
    static boolean returnsRows(SqlStatement s) {
        String head = s.sql().stripLeading();
        int end = 0;
        while (end < head.length() && Character.isLetter(head.charAt(end))) {
            end++;
        }
        String verb = head.substring(0, end).toUpperCase(Locale.ROOT);
        return verb.equals("SELECT") || verb.equals("WITH") || verb.equals("VALUES") || verb.equals("SHOW")
                || verb.equals("EXPLAIN") || verb.equals("TABLE")
                || s.sql().toUpperCase(Locale.ROOT).contains("RETURNING");
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
