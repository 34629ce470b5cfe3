package io.systemprompt.database.data.maintenance;

import io.systemprompt.database.data.ClearResult;
import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.Schema;
import io.systemprompt.database.data.TableOrder;

import io.systemprompt.database.Database;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.engine.Maintenance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.systemprompt.database.engine.Quoting.quote;

/**
 * Deletes every row of the module tables (and of the tracking tables when asked), keeping the schema,
 * in one write transaction on a connection of its own: the engine prepares the connection
 * ({@link Maintenance#beginClear}, SQLite switches enforcement off, which it cannot inside a
 * transaction), the rows are counted and deleted, dangling references are refused before commit, and
 * the connection is restored before it returns to the pool.
 */
public final class Clearer {
    private final Database db;

    public Clearer(Database db) {
        this.db = db;
    }

    public ClearResult clear(boolean includeTracking) {
        Dialect dialect = db.dialect();
        Maintenance engine = dialect.maintenance();
        try {
            return db.withWriteConnection(c -> {
                engine.beginClear(c);
                try {
                    dialect.begin(c, false);
                    return deleteAll(dialect, c, includeTracking);
                } finally {
                    engine.endClear(c);
                }
            });
        } catch (SQLException e) {
            throw new DataException("Clearing the " + db.config().engine().id() + " database failed: "
                    + e.getMessage() + ". Nothing was deleted; check that no other process holds a write lock"
                    + " and run again.", e);
        }
    }

    private static List<TableInfo> targets(Catalog catalog, boolean includeTracking) {
        List<TableInfo> tables = new ArrayList<>(TableOrder.childrenFirst(Schema.moduleTables(catalog)));
        if (includeTracking) {
            catalog.tables().stream().filter(t -> Schema.isTracking(t.name())).forEach(tables::add);
        }
        return tables;
    }

    private ClearResult deleteAll(Dialect dialect, Connection c, boolean includeTracking) throws SQLException {
        try (Statement s = c.createStatement()) {
            List<TableInfo> tables = targets(dialect.catalog().read(c), includeTracking);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (TableInfo t : tables) {
                counts.put(t.name(), count(s, t.name()));
            }
            for (String sql : dialect.maintenance().deleteAllRows(tables.stream().map(TableInfo::name).toList())) {
                s.execute(sql);
            }
            checkReferences(dialect.maintenance().danglingReference(c));
            dialect.commit(c, false);
            return new ClearResult(counts, includeTracking);
        } catch (SQLException | RuntimeException e) {
            try {
                dialect.rollback(c, false);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows in tables left out of the clear (none today) could still point at deleted rows. */
    private static void checkReferences(Optional<String[]> dangling) {
        dangling.ifPresent(d -> {
            throw new DataException("After clearing, table " + d[0] + " still references missing rows"
                    + " in " + d[1] + ". Nothing was deleted; clear that table too (spdb clear --all).");
        });
    }
}
