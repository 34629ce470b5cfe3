package io.systemprompt.database.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed set of parameterless statements ({@code BEGIN IMMEDIATE}, {@code COMMIT}, {@code SAVEPOINT …})
 * prepared once per physical connection and run again on every transaction, instead of a new
 * {@code Statement} and a fresh parse each time. They are prepared on the driver's connection under the
 * pool's proxy, so the pool does not close them when the connection goes back to it; they die with the
 * physical connection, and entries for closed connections are dropped when another connection is added.
 * A connection is used by one thread at a time, so its statements are too.
 */
public final class KeptStatements {
    private final String[] sql;
    private final Map<Connection, PreparedStatement[]> byConnection = new ConcurrentHashMap<>();

    /** Statements for these SQL texts, run by their index. */
    public KeptStatements(String... sql) {
        this.sql = sql.clone();
    }

    /** Runs statement {@code which} (an index into the constructor's texts) on {@code connection}. */
    public void execute(Connection connection, int which) throws SQLException {
        Connection physical = connection.unwrap(Connection.class);
        PreparedStatement[] kept = byConnection.get(physical);
        if (kept == null) {
            kept = add(physical);
        }
        PreparedStatement ps = kept[which];
        if (ps == null || ps.isClosed()) {
            ps = physical.prepareStatement(sql[which]);
            kept[which] = ps;
        }
        ps.execute();
    }

    /** Connections with kept statements now; for tests. */
    public int connections() {
        return byConnection.size();
    }

    private PreparedStatement[] add(Connection physical) throws SQLException {
        for (Iterator<Connection> it = byConnection.keySet().iterator(); it.hasNext(); ) {
            if (it.next().isClosed()) {
                it.remove(); // the driver closed its statements with it
            }
        }
        PreparedStatement[] kept = new PreparedStatement[sql.length];
        byConnection.put(physical, kept);
        return kept;
    }
}
