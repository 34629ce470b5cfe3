package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.CatalogReader;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.catalog.TriggerInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the SQLite catalog from {@code sqlite_schema} and the table-valued pragmas. Objects named
 * {@code sqlite_…} (internal tables and the automatic indexes behind UNIQUE and PRIMARY KEY) are left out.
 */
final class SqliteCatalogReader implements CatalogReader {
    static final SqliteCatalogReader INSTANCE = new SqliteCatalogReader();

    private static final String OBJECTS = "SELECT name, tbl_name FROM sqlite_schema WHERE type = ?"
            + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";

    @Override
    public Catalog read(Connection connection) throws SQLException {
        SqliteTableReader tableReader = new SqliteTableReader(connection);
        List<TableInfo> tables = new ArrayList<>();
        for (String name : tableNames(connection)) {
            tables.add(tableReader.read(name));
        }
        List<TriggerInfo> triggers = new ArrayList<>();
        for (String[] row : objects(connection, "trigger")) {
            triggers.add(new TriggerInfo(row[0], row[1]));
        }
        triggers.sort(Comparator.comparing(TriggerInfo::name));
        return new Catalog(tables, names(objects(connection, "view")), triggers);
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        return names(objects(connection, "table"));
    }

    private static List<String[]> objects(Connection connection, String type) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(OBJECTS)) {
            ps.setString(1, type);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return rows;
    }

    private static List<String> names(List<String[]> rows) {
        return rows.stream().map(r -> r[0]).sorted().toList();
    }
}
