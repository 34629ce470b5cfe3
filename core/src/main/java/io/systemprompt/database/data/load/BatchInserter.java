package io.systemprompt.database.data.load;

import io.systemprompt.database.data.DataException;

import io.systemprompt.database.StatementException;
import io.systemprompt.database.Transaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Inserts rows in batches inside the caller's transaction. Each batch runs under a savepoint, so when
 * one fails the batch is rolled back and replayed row by row to find the row to blame: the failure
 * then names that row's place (file and line, or table and row number).
 */
final class BatchInserter {
    static final int BATCH = 500;

    /** Where a row came from, for messages. */
    @FunctionalInterface
    interface Place {
        String describe(StatementException failure);
    }

    private final Transaction tx;
    private final String sql;
    private final List<Object[]> rows = new ArrayList<>(BATCH);
    private final List<Place> places = new ArrayList<>(BATCH);
    private long written;

    BatchInserter(Transaction tx, String sql) {
        this.tx = tx;
        this.sql = sql;
    }

    void add(Object[] values, Place place) {
        rows.add(values);
        places.add(place);
        if (rows.size() >= BATCH) {
            flush();
        }
    }

    /** Rows the engine reports as inserted or updated (skipped conflicts do not count). */
    long written() {
        return written;
    }

    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        try {
            int[] counts = tx.transaction(t -> t.batch(sql, rows));
            for (int c : counts) {
                written += Math.max(c, 0);
            }
        } catch (StatementException e) {
            blame(e);
        }
        rows.clear();
        places.clear();
    }

    private void blame(StatementException batchFailure) {
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            try {
                written += tx.transaction(t -> t.execute(sql, row));
            } catch (StatementException e) {
                throw new DataException(places.get(i).describe(e), e);
            }
        }
        throw new DataException("A batch of " + rows.size() + " rows failed, though each row alone succeeds: "
                + batchFailure.getMessage(), batchFailure);
    }
}
