package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.script.SqlStatement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs statements in one transaction: read-only by default, enforced by the engine (see
 * {@link Database#readOnly}) and by the dialect's statement check, which refuses anything that could lift
 * read-only, or a write transaction with {@code --write}. A
 * failing statement rolls the whole transaction back.
 */
final class QueryExecutor {
    private final Database db;
    private final boolean write;

    QueryExecutor(Database db, boolean write) {
        this.db = db;
        this.write = write;
    }

    List<StatementResult> run(List<SqlStatement> statements) {
        return write ? db.transaction(tx -> runAll(tx, statements)) : db.readOnly(tx -> runAll(tx, statements));
    }

    private List<StatementResult> runAll(Transaction tx, List<SqlStatement> statements) {
        List<StatementResult> results = new ArrayList<>();
        for (SqlStatement s : statements) {
            results.add(runOne(tx, s));
        }
        return results;
    }

    /** Runs one statement inside a transaction the caller opened. */
    StatementResult runIn(Transaction tx, SqlStatement s) {
        return runOne(tx, s);
    }

    private StatementResult runOne(Transaction tx, SqlStatement s) {
        if (!write) {
            db.dialect().readOnlyRefusal(s.sql()).ifPresent(reason -> {
                throw CliException.usage("query: statement at line " + s.line() + ":" + s.column()
                        + " refused (read-only): " + reason + ".", "read-only queries run one statement at a time"
                        + " and never change the session; add --write to run it in a write transaction.");
            });
        }
        long start = System.nanoTime();
        try (Statement st = tx.connection().createStatement()) {
            if (st.execute(s.sql())) {
                try (ResultSet rs = st.getResultSet()) {
                    List<String> cols = ResultReader.columns(rs);
                    return new StatementResult(s.sql(), s.line(), cols, ResultReader.rows(rs, cols.size()), -1,
                            Docs.millisSince(start));
                }
            }
            return new StatementResult(s.sql(), s.line(), List.of(), List.of(), Math.max(0, st.getUpdateCount()),
                    Docs.millisSince(start));
        } catch (SQLException e) {
            throw failed(s, e);
        }
    }

    private CliException failed(SqlStatement s, SQLException e) {
        if (db.dialect().classify(e) == ErrorKind.CONNECTION) {
            return CliException.failure("query: the connection to " + db.dialect().type().displayName()
                    + " was lost at the statement at line " + s.line() + ":"
                    + s.column() + " (" + String.valueOf(e.getMessage()).strip() + "). " + (write
                    ? "The engine rolled back this run's uncommitted statements; nothing was committed."
                    : "The query was read-only, so nothing changed."), db.dialect().lostConnectionCheck()
                    + ", then run the query again.", e);
        }
        boolean refused = !write && (db.dialect().classify(e) == ErrorKind.READ_ONLY
                || "25006".equals(e.getSQLState()) || String.valueOf(e.getMessage()).toLowerCase().contains("readonly"));
        String hint = refused ? "the query ran read-only (the default) and the engine refused the write;"
                + " add --write to allow changes." : "fix the SQL and run it again; nothing was committed.";
        return CliException.failure("query: statement at line " + s.line() + ":" + s.column() + " failed"
                + (refused ? " (read-only)" : "") + ": " + e.getMessage(), hint, e);
    }
}
