package io.systemprompt.database.bench.jmh;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The raw JDBC body of the 5-statement transaction: a point select, an update and three inserts. */
final class RawTransaction {
    private RawTransaction() {
    }

    static int fiveStatements(Connection c, QueryState s) throws SQLException {
        Item item;
        try (PreparedStatement ps = c.prepareStatement(QueryState.POINT)) {
            ps.setLong(1, s.anyId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                item = new Item(rs.getLong(1), rs.getString(2), rs.getInt(3));
            }
        }
        int n;
        try (PreparedStatement ps = c.prepareStatement(QueryState.UPDATE)) {
            ps.setLong(1, item.id());
            n = ps.executeUpdate();
        }
        for (int i = 0; i < 3; i++) {
            try (PreparedStatement ps = c.prepareStatement(QueryState.INSERT)) {
                QueryBenchmark.bindInsert(ps, s.newId());
                n += ps.executeUpdate();
            }
        }
        return n;
    }
}
