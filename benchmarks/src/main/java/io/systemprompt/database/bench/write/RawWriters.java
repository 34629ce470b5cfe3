package io.systemprompt.database.bench.write;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** The raw JDBC baselines of the writers' benchmark, on plain HikariCP and sqlite-jdbc. */
final class RawWriters {
    private RawWriters() {
    }

    /**
     * Runs the writers' work through raw JDBC. {@code tuned} uses the library's pragmas (WAL,
     * synchronous NORMAL, busy timeout 5 s); otherwise sqlite-jdbc's and HikariCP's defaults.
     */
    static WriterWork.Outcome run(Context ctx, int threads, int tx, boolean tuned, long deadlineMs) throws Exception {
        try (Target target = Target.fresh(EngineType.SQLITE, ctx.workDir());
             HikariDataSource ds = new HikariDataSource(config(target, threads, tuned))) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute(WritersSection.CREATE);
            }
            return WriterWork.run(threads, tx, deadlineMs, seq -> transaction(ds, seq));
        }
    }

    private static HikariConfig config(Target target, int threads, boolean tuned) {
        HikariConfig hc = new HikariConfig();
        if (tuned) {
            SQLiteConfig sc = new SQLiteConfig();
            sc.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sc.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sc.setBusyTimeout(5_000);
            SQLiteDataSource sds = new SQLiteDataSource(sc);
            sds.setUrl(target.jdbcUrl());
            hc.setDataSource(sds);
            hc.setMaximumPoolSize(threads);
        } else {
            hc.setJdbcUrl(target.jdbcUrl());
        }
        return hc;
    }

    private static boolean transaction(HikariDataSource ds, int seq) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(WritersSection.INSERT)) {
                for (int i = 0; i < WritersSection.INSERTS; i++) {
                    ps.setInt(1, seq);
                    ps.setInt(2, i);
                    ps.setString(3, "name " + seq);
                    ps.executeUpdate();
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                return false;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
