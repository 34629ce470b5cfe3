package io.systemprompt.database.data.load;

import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.OnConflict;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.StatementException;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.engine.BulkLoader;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts rows in chunks inside the caller's transaction: through the engine's bulk path when it has
 * one and the rows are plain appends (PostgreSQL {@code COPY}), else as batched INSERTs. Each chunk
 * runs under a savepoint, so when one fails the chunk is rolled back and replayed row by row to find
 * the row to blame: the failure then names that row's place (file and line, or table and row number).
 */
final class BatchInserter {
    static final int BATCH = 500;
    /** Rows per COPY: large enough that the savepoint and the COPY's own round trips do not count. */
    static final int COPY_BATCH = 20_000;
    private static final String SAVEPOINT = "spdb_bulk";

    /** Where a row came from, for messages. */
    @FunctionalInterface
    interface Place {
        String describe(StatementException failure);
    }

    /** The engine's bulk path for one table's columns. */
    record Bulk(BulkLoader loader, String table, List<String> columns) {
    }

    private final Transaction tx;
    private final String sql;
    private final Bulk bulk;
    private final int chunk;
    private final List<Object[]> rows;
    private final List<Place> places;
    private long written;
    private boolean countsUnknown;
    /** The bulk append of the current chunk, open from its first row; null when none is open. */
    private BulkLoader.Append append;

    /** True when every row of a successful batch is written (no ON CONFLICT DO NOTHING). */
    private final boolean everyRowWrites;

    /** Batched INSERTs of {@code sql}. */
    BatchInserter(Transaction tx, String sql, OnConflict onConflict) {
        this(tx, sql, onConflict, null);
    }

    /** Through {@code bulk} when not null, falling back to {@code sql} row by row to blame a failure. */
    BatchInserter(Transaction tx, String sql, OnConflict onConflict, Bulk bulk) {
        this.tx = tx;
        this.sql = sql;
        this.everyRowWrites = onConflict != OnConflict.SKIP;
        this.bulk = bulk;
        this.chunk = bulk == null ? BATCH : COPY_BATCH;
        this.rows = new ArrayList<>(chunk);
        this.places = new ArrayList<>(chunk);
    }

    void add(Object[] values, Place place) {
        rows.add(values);
        places.add(place);
        if (bulk != null) {
            stream(values);
        }
        if (rows.size() >= chunk) {
            flush();
        }
    }

    /** Sends a row to the open bulk append (opened behind a savepoint with the chunk's first row). */
    private void stream(Object[] values) {
        try {
            if (append == null) {
                savepoint("SAVEPOINT " + SAVEPOINT);
                append = bulk.loader().open(tx.connection(), bulk.table(), bulk.columns());
            }
            append.add(values);
        } catch (SQLException e) {
            bulkFailed(e);
        }
    }

    /**
     * Ends an open bulk append without writing it, when the caller fails mid-chunk (a bad value, a read
     * error): the connection is usable again for the rollback that follows.
     */
    void abandon() {
        if (append != null) {
            append.abort();
            append = null;
        }
    }

    /** Rows the engine reports as inserted or updated (skipped conflicts do not count). */
    long written() {
        return written;
    }

    /**
     * True when the engine did not say which rows of a batch it wrote: pgjdbc's rewritten multi-row
     * INSERT reports {@code SUCCESS_NO_INFO}, and with {@code ON CONFLICT DO NOTHING} some may be skipped.
     */
    boolean countsUnknown() {
        return countsUnknown;
    }

    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        if (bulk != null) {
            // A failed append is undone and blamed in finishAppend.
            written += finishAppend();
        } else {
            try {
                int[] counts = tx.transaction(t -> t.batch(sql, rows));
                for (int c : counts) {
                    // pgjdbc's rewritten batches report SUCCESS_NO_INFO per row: a written row unless skipped,
                    // which only the caller can tell (see countsUnknown).
                    if (c == Statement.SUCCESS_NO_INFO && !everyRowWrites) {
                        countsUnknown = true;
                    }
                    written += c == Statement.SUCCESS_NO_INFO ? (everyRowWrites ? 1 : 0) : Math.max(c, 0);
                }
            } catch (DatabaseException e) {
                blame(e);
            }
        }
        rows.clear();
        places.clear();
    }

    private long finishAppend() {
        try {
            long n = append.finish();
            append = null;
            savepoint("RELEASE SAVEPOINT " + SAVEPOINT);
            return n;
        } catch (SQLException e) {
            bulkFailed(e);
            return 0;
        }
    }

    /** Undoes the chunk sent so far and replays its rows one by one to name the row at fault; always throws. */
    private void bulkFailed(SQLException e) {
        abandon();
        savepoint("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
        savepoint("RELEASE SAVEPOINT " + SAVEPOINT);
        DatabaseException failure = new DatabaseException("The bulk load of table " + bulk.table() + " failed: "
                + e.getMessage(), e);
        blame(failure);
    }

    private void savepoint(String sql) {
        try (Statement st = tx.connection().createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new DatabaseException("The bulk load of table " + bulk.table() + " failed (" + sql + "): "
                    + e.getMessage(), e);
        }
    }

    private void blame(DatabaseException chunkFailure) {
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            try {
                written += tx.transaction(t -> t.execute(sql, row));
            } catch (StatementException e) {
                throw new DataException(places.get(i).describe(e), e);
            }
        }
        throw new DataException("A chunk of " + rows.size() + " rows failed, though each row alone succeeds: "
                + chunkFailure.getMessage(), chunkFailure);
    }
}
