package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.catalog.IndexInfo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The indexes and unique column sets of one SQLite table. Indexes are the ones created with
 * {@code CREATE [UNIQUE] INDEX} (origin {@code c}); the automatic indexes behind PRIMARY KEY and UNIQUE
 * are not listed as indexes. Unique column sets come from UNIQUE constraints (origin {@code u}) and
 * from unique indexes that are neither partial nor on expressions.
 */
record SqliteIndexes(List<IndexInfo> indexes, List<List<String>> uniques) {
    /** How an expression column of an index is shown; SQLite's pragmas do not give its text. */
    static final String EXPRESSION = "<expression>";

    static SqliteIndexes read(Connection connection, String table) throws SQLException {
        List<IndexInfo> indexes = new ArrayList<>();
        List<List<String>> uniques = new ArrayList<>();
        for (String[] r : SqliteRows.of(connection,
                "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)", table)) {
            List<String> columns = columns(connection, r[0]);
            boolean unique = "1".equals(r[1]);
            if ("c".equals(r[2])) {
                indexes.add(new IndexInfo(r[0], columns, unique));
            }
            boolean wholeTable = "0".equals(r[3]) && !columns.contains(EXPRESSION);
            if (unique && wholeTable && !"pk".equals(r[2])) {
                uniques.add(columns);
            }
        }
        indexes.sort(Comparator.comparing(IndexInfo::name));
        uniques.sort(Comparator.comparing(List::toString));
        return new SqliteIndexes(indexes, uniques);
    }

    private static List<String> columns(Connection connection, String index) throws SQLException {
        return SqliteRows.of(connection, "SELECT name FROM pragma_index_info(?) ORDER BY seqno", index).stream()
                .map(r -> r[0] == null ? EXPRESSION : r[0]).toList();
    }
}
