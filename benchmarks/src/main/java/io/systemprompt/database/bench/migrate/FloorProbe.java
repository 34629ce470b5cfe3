package io.systemprompt.database.bench.migrate;

import io.systemprompt.database.bench.run.Pg;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor of a warm start: a plain {@code main} with the same JDBC driver and no pool or library
 * that opens the database and reads the migration history table once, every column of every row.
 * Nothing a migration tool does can take less. Prints {@link MigrateProbe#PREFIX} like the other
 * probes, so the harness reads the in-process time the same way.
 *
 * <p>Usage: {@code FloorProbe sqlite|postgres <file-or-database>}
 */
public final class FloorProbe {
    /** The history table this library writes; the floor reads the same rows. */
    static final String HISTORY = "_migrations";

    private FloorProbe() {
    }

    /** Entry point; exits non-zero when the read fails. */
    public static void main(String[] args) throws SQLException {
        long start = System.nanoTime();
        Target target = Target.of("postgres".equals(args[0]) ? EngineType.POSTGRES : EngineType.SQLITE, args[1]);
        int rows = 0;
        try (Connection c = target.engine() == EngineType.POSTGRES
                ? DriverManager.getConnection(target.jdbcUrl(), Pg.USER, Pg.PASSWORD)
                : DriverManager.getConnection(target.jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + HISTORY)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
                rows++;
            }
        }
        long elapsed = System.nanoTime() - start;
        System.out.println(MigrateProbe.PREFIX + elapsed + " applied=0 rows=" + rows);
    }
}
