package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.engine.Maintenance;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.systemprompt.database.engine.Quoting.quote;

/**
 * SQLite's whole-database work: {@code DELETE} per table with enforcement off, {@code DROP} per object
 * with the foreign-key check deferred to commit, {@code VACUUM} and {@code VACUUM INTO}, and the
 * {@code sqlite_sequence} counters that explicit ids advance by themselves.
 */
final class SqliteMaintenance implements Maintenance {

    @Override
    public List<String> deferForeignKeys() {
        // Dropping a table deletes its rows first; deferring the check to commit, when the children
        // are gone too, keeps that implicit delete from failing on foreign keys.
        return List.of("PRAGMA defer_foreign_keys = ON");
    }

    @Override
    public List<String> deleteAllRows(List<String> tables) {
        return tables.stream().map(t -> "DELETE FROM " + quote(t)).toList();
    }

    @Override
    public List<String> dropAll(List<String> triggers, List<String> views, List<String> tables) {
        List<String> sql = new ArrayList<>();
        triggers.forEach(t -> sql.add("DROP TRIGGER IF EXISTS " + quote(t)));
        views.forEach(v -> sql.add("DROP VIEW IF EXISTS " + quote(v)));
        tables.forEach(t -> sql.add("DROP TABLE IF EXISTS " + quote(t)));
        return sql;
    }

    @Override
    public void beginClear(Connection c) throws SQLException {
        run(c, "PRAGMA foreign_keys = OFF");
    }

    @Override
    public void endClear(Connection c) throws SQLException {
        // The connection goes back to the pool: enforcement must be on again first.
        run(c, "PRAGMA foreign_keys = ON");
    }

    @Override
    public Optional<String[]> danglingReference(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(3)}) : Optional.empty();
        }
    }

    @Override
    public Map<String, Long> lastIds(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'")) {
                if (!rs.next() || rs.getLong(1) == 0) {
                    return Map.of();
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT name, seq FROM sqlite_sequence")) {
                while (rs.next()) {
                    ids.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    /** VACUUM cannot run inside a transaction, hence the connection of its own. */
    @Override
    public void reclaimSpace(Connection c) throws SQLException {
        run(c, "VACUUM");
    }

    @Override
    public List<Path> databaseFiles(io.systemprompt.database.config.DatabaseConfig config) {
        if (config.inMemory()) {
            return List.of();
        }
        Path file = Path.of(config.sqliteFile()).toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            files.add(file.resolveSibling(file.getFileName() + suffix));
        }
        return files;
    }

    @Override
    public boolean copiesToFile() {
        return true;
    }

    /** {@code VACUUM INTO} reads one snapshot and writes a compact file; it never overwrites. */
    @Override
    public void copyToFile(Connection c, Path file) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, file.toString());
            ps.execute();
        }
    }

    @Override
    public Optional<String> journalMode(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            return Optional.of(rs.next() ? rs.getString(1) : "?");
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
