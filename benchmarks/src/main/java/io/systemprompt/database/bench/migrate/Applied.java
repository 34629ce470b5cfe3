package io.systemprompt.database.bench.migrate;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.bench.run.Pg;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Checks behind a tool's back that a migrate really applied everything, so a no-op is never timed as a win. */
final class Applied {
    private static final int ROWS = 10;

    private Applied() {
    }

    static void check(Target target, MigrationSet set, Tool tool) {
        String sql = "SELECT COUNT(*) FROM " + set.lastTable();
        try (Connection c = connect(target); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            if (rs.getInt(1) != ROWS) {
                throw new SQLException(set.lastTable() + " has " + rs.getInt(1) + " rows, expected " + ROWS);
            }
        } catch (SQLException e) {
            throw new DatabaseException("benchmarks: after " + tool.label() + " the last of " + set.count()
                    + " migrations is not applied on " + target.engine().id() + " (" + e.getMessage() + ")."
                    + " Check that the tool really migrates (is cli/target/spdb.jar the real spdb?).", e);
        }
    }

    private static Connection connect(Target target) throws SQLException {
        return target.engine() == EngineType.POSTGRES ? Pg.connect(target.location())
                : DriverManager.getConnection(target.jdbcUrl());
    }
}
