package io.systemprompt.database.migrate;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.AfterEach;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

class PostgresMigrationTest extends MigrationContract {
    private PostgresScratch pg;

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        pg = PostgresScratch.create();
        return pg.config();
    }

    /** Another session holding the advisory lock, as a migrating process would. */
    @Override
    protected AutoCloseable holdMigrationLockElsewhere() throws Exception {
        Connection c = pg.connect();
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + 0x5350_4442_4d49_4752L + ")");
        }
        return c::close;
    }

    /** Row versions change on every write, and so does the count of committed write transactions. */
    @Override
    protected String writeFingerprint() throws Exception {
        try (Connection c = pg.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT string_agg(xmin::text, ',' ORDER BY module, version)"
                        + " FROM _migrations) || '|' || (SELECT string_agg(xmin::text, ',' ORDER BY module)"
                        + " FROM _schema_versions) || '|' || (SELECT string_agg(xmin::text, ',') FROM base_items)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @AfterEach
    void drop() {
        db.close();
        pg.close();
    }
}
