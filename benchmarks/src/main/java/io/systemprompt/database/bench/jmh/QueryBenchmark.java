package io.systemprompt.database.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Per-call cost of the API against raw JDBC PreparedStatements on the same pool. Methods come in
 * pairs, {@code xxxApi} and {@code xxxRaw}, doing the same work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {

    /** Primary-key select mapped to a record through the API. */
    @Benchmark
    public Item pointApi(QueryState s) {
        return s.db.queryOne(QueryState.POINT, Item.class, s.anyId()).orElseThrow();
    }

    /** The same select with a raw PreparedStatement. */
    @Benchmark
    public Item pointRaw(QueryState s) throws SQLException {
        try (Connection c = s.raw.getConnection(); PreparedStatement ps = c.prepareStatement(QueryState.POINT)) {
            ps.setLong(1, s.anyId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Item(rs.getLong(1), rs.getString(2), rs.getInt(3));
            }
        }
    }

    /** A 100-row range mapped to records through the API. */
    @Benchmark
    public List<Item> rows100Api(QueryState s) {
        long from = s.rangeStart();
        return s.db.query(QueryState.RANGE, Item.class, from, from + 100);
    }

    /** The same range with a raw PreparedStatement. */
    @Benchmark
    public List<Item> rows100Raw(QueryState s) throws SQLException {
        long from = s.rangeStart();
        try (Connection c = s.raw.getConnection(); PreparedStatement ps = c.prepareStatement(QueryState.RANGE)) {
            ps.setLong(1, from);
            ps.setLong(2, from + 100);
            try (ResultSet rs = ps.executeQuery()) {
                List<Item> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Item(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                }
                return out;
            }
        }
    }

    /** One row inserted in autocommit through the API. */
    @Benchmark
    public int insertApi(QueryState s) {
        return s.db.execute(QueryState.INSERT, s.newId(), "inserted", 1);
    }

    /** The same insert with a raw PreparedStatement in autocommit. */
    @Benchmark
    public int insertRaw(QueryState s) throws SQLException {
        try (Connection c = s.raw.getConnection(); PreparedStatement ps = c.prepareStatement(QueryState.INSERT)) {
            bindInsert(ps, s.newId());
            return ps.executeUpdate();
        }
    }

    /** A transaction of a select, an update and three inserts through the API. */
    @Benchmark
    public int tx5Api(QueryState s) {
        return s.db.transaction(tx -> {
            long id = s.anyId();
            Item item = tx.queryOne(QueryState.POINT, Item.class, id).orElseThrow();
            int n = tx.execute(QueryState.UPDATE, item.id());
            for (int i = 0; i < 3; i++) {
                n += tx.execute(QueryState.INSERT, s.newId(), "inserted", 1);
            }
            return n;
        });
    }

    /** The same transaction with raw JDBC. */
    @Benchmark
    public int tx5Raw(QueryState s) throws SQLException {
        try (Connection c = s.raw.getConnection()) {
            c.setAutoCommit(false);
            try {
                int n = RawTransaction.fiveStatements(c, s);
                c.commit();
                return n;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    static void bindInsert(PreparedStatement ps, long id) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, "inserted");
        ps.setInt(3, 1);
    }
}
