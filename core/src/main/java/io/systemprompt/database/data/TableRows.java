package io.systemprompt.database.data;

import io.systemprompt.database.Handle;
import io.systemprompt.database.mapping.Row;

/** Streams a table's rows, in export order, as engine-neutral values in layout column order. */
public final class TableRows {
    private TableRows() {
    }

    /** Receives one row; the array is fresh for every row. */
    @FunctionalInterface
    public interface Sink {
        void accept(Object[] values) throws java.io.IOException;
    }

    /** Streams every row of the table through {@code sink}; returns the number of rows. */
    public static long stream(Handle h, TableLayout layout, Sink sink) {
        long[] n = {0};
        int columns = layout.columns().size();
        h.forEachRow(layout.selectAll(), (Row row) -> {
            Object[] v = new Object[columns];
            for (int i = 0; i < columns; i++) {
                v[i] = row.get(i + 1);
            }
            try {
                sink.accept(v);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            n[0]++;
        });
        return n[0];
    }

    /** The row count. */
    public static long count(Handle h, String table) {
        return h.queryValue("SELECT count(*) FROM " + Sql.quote(table), Long.class).orElse(0L);
    }
}
