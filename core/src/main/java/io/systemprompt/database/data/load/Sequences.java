package io.systemprompt.database.data.load;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.engine.Dialect;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * After rows are loaded with their ids, PostgreSQL's sequences (identity and serial columns) still
 * stand where they were, so the next insert would reuse an id. This moves each one past the largest
 * loaded value, one statement per sequence, in the loading transaction. SQLite needs nothing: inserting
 * an explicit id advances its rowid and AUTOINCREMENT counter.
 */
final class Sequences {
    private Sequences() {
    }

    /**
     * Advances every sequence owned by a column of these tables past the largest value, and past
     * {@code lastIds} (by lower-case table name) where given; returns how many statements ran.
     */
    static int advance(Transaction tx, Dialect dialect, List<TableInfo> tables, Map<String, Long> lastIds) {
        int moved = 0;
        for (TableInfo t : tables) {
            long floor = lastIds.getOrDefault(t.name().toLowerCase(Locale.ROOT), 0L);
            for (String sql : dialect.identitySync(t, floor)) {
                tx.query(sql, Long.class);
                moved++;
            }
        }
        return moved;
    }
}
