package io.systemprompt.database.data;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.TableInfo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * After rows are copied with their ids, PostgreSQL's sequences (serial and identity columns) still
 * stand at the start, so the next insert would reuse id 1. This moves each one past the largest copied
 * value. SQLite needs nothing: inserting an explicit id advances its rowid and AUTOINCREMENT counter.
 */
final class Sequences {
    private Sequences() {
    }

    /**
     * Advances every sequence owned by a column of these tables past the largest value, and past
     * {@code lastIds} (by lower-case table name) where given; returns how many were moved.
     */
    static int advance(Transaction tx, List<TableInfo> tables, Map<String, Long> lastIds) {
        int moved = 0;
        for (TableInfo t : tables) {
            for (ColumnInfo c : t.columns()) {
                Optional<String> seq = tx.queryValue("SELECT pg_get_serial_sequence(?, ?)", String.class,
                        Sql.quote(t.name()), c.name());
                if (seq.isPresent()) {
                    // is_called = false: the next nextval() returns exactly max + 1 (or 1 on an empty table).
                    long floor = lastIds.getOrDefault(t.name().toLowerCase(Locale.ROOT), 0L);
                    tx.queryValue("SELECT setval(CAST(? AS regclass), greatest((SELECT coalesce(max("
                            + Sql.quote(c.name()) + "), 0) FROM " + Sql.quote(t.name()) + "), ?) + 1, false)",
                            Long.class, seq.get(), floor);
                    moved++;
                }
            }
        }
        return moved;
    }
}
