package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.config.EngineType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes every row of the module tables (and of the tracking tables when asked), keeping the schema,
 * in one transaction. PostgreSQL: one {@code TRUNCATE … CASCADE}. SQLite: foreign keys switched off
 * on a dedicated connection (the pragma is a no-op inside a transaction), deletes in one transaction,
 * {@code PRAGMA foreign_key_check} before commit, and enforcement back on before the connection
 * returns to the pool.
 */
final class Clearer {
    private final Database db;

    Clearer(Database db) {
        this.db = db;
    }

    ClearResult clear(boolean includeTracking) {
        return db.config().engine() == EngineType.POSTGRES ? clearPostgres(includeTracking) : clearSqlite(includeTracking);
    }

    private static List<TableInfo> targets(Catalog catalog, boolean includeTracking) {
        List<TableInfo> tables = new ArrayList<>(TableOrder.childrenFirst(Schema.moduleTables(catalog)));
        if (includeTracking) {
            catalog.tables().stream().filter(t -> Schema.isTracking(t.name())).forEach(tables::add);
        }
        return tables;
    }

    private ClearResult clearPostgres(boolean includeTracking) {
        return db.transaction(tx -> {
            List<TableInfo> tables = targets(Schema.read(db, tx), includeTracking);
            Map<String, Long> counts = new LinkedHashMap<>();
            tables.forEach(t -> counts.put(t.name(), TableRows.count(tx, t.name())));
            if (!tables.isEmpty()) {
                tx.execute("TRUNCATE " + Sql.list(tables.stream().map(TableInfo::name).toList()) + " CASCADE");
            }
            return new ClearResult(counts, includeTracking);
        });
    }

    private ClearResult clearSqlite(boolean includeTracking) {
        db.pool().writeGate().enter();
        try (Connection c = db.pool().borrow()) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = OFF");
                try {
                    return deleteAll(c, s, includeTracking);
                } finally {
                    // The connection goes back to the pool: enforcement must be on again first.
                    s.execute("PRAGMA foreign_keys = ON");
                }
            }
        } catch (SQLException e) {
            throw new DataException("Clearing the SQLite database failed: " + e.getMessage()
                    + ". Nothing was deleted; check that no other process holds a write lock and run again.", e);
        } finally {
            db.pool().writeGate().leave();
        }
    }

    private ClearResult deleteAll(Connection c, Statement s, boolean includeTracking) throws SQLException {
        s.execute("BEGIN IMMEDIATE");
        try {
            List<TableInfo> tables = targets(db.dialect().catalog().read(c), includeTracking);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (TableInfo t : tables) {
                counts.put(t.name(), (long) s.executeUpdate("DELETE FROM " + Sql.quote(t.name())));
            }
            checkForeignKeys(s);
            s.execute("COMMIT");
            return new ClearResult(counts, includeTracking);
        } catch (SQLException | RuntimeException e) {
            try {
                s.execute("ROLLBACK");
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    /** Rows in tables left out of the clear (none today) could still point at deleted rows. */
    private static void checkForeignKeys(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new DataException("After clearing, table " + rs.getString(1) + " still references missing rows"
                        + " in " + rs.getString(3) + ". Nothing was deleted; clear that table too (spdb clear --all).");
            }
        }
    }
}
