package io.systemprompt.database.bench.bulk;

import io.systemprompt.database.Database;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.bench.run.Target;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The ways of loading the bulk rows that the section compares; each returns the rows loaded. */
final class BulkPaths {
    static final String TABLE = "bulk_rows";
    static final String INSERT = "INSERT INTO " + TABLE + " (id, name, n) VALUES (?, ?, ?)";

    private BulkPaths() {
    }

    /** Drops and recreates the table, so every path starts from the same empty table. */
    static void reset(Database db) {
        db.execute("DROP TABLE IF EXISTS " + TABLE);
        db.execute("CREATE TABLE " + TABLE + " (id BIGINT PRIMARY KEY, name VARCHAR(50), n INTEGER)");
    }

    /** The API's batch: one call with every row. */
    static long api(Database db, BulkData data) {
        return db.batch(INSERT, data.rows()).length;
    }

    /** Raw JDBC on the same pool: one transaction, one executeBatch. */
    static long raw(Database db, BulkData data) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Object[] row : data.rows()) {
                    ps.setLong(1, (Long) row[0]);
                    ps.setString(2, (String) row[1]);
                    ps.setInt(3, (Integer) row[2]);
                    ps.addBatch();
                }
                int n = ps.executeBatch().length;
                c.commit();
                return n;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** PostgreSQL {@code COPY ... FROM STDIN} of the CSV file through pgjdbc's CopyManager. */
    static long copy(Database db, BulkData data) throws SQLException, IOException {
        try (Connection c = db.dataSource().getConnection(); Reader in = Files.newBufferedReader(data.csv())) {
            CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
            return copy.copyIn("COPY " + TABLE + " (id, name, n) FROM STDIN WITH (FORMAT csv)", in);
        }
    }

    /** The {@code sqlite3} command-line tool's {@code .import} of the CSV file (a whole process). */
    static long sqliteImport(Target target, BulkData data) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("sqlite3", target.location(), "-cmd", ".mode csv",
                ".import " + data.csv().toAbsolutePath() + " " + TABLE))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0 || !out.isBlank()) {
            throw new DatabaseException("benchmarks: sqlite3 .import failed: " + out.trim()
                    + ". Check the sqlite3 tool (apt-get install -y sqlite3).");
        }
        return data.rows().size();
    }
}
