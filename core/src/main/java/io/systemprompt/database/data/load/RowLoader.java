package io.systemprompt.database.data.load;

import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.OnConflict;
import io.systemprompt.database.data.ProgressTracker;
import io.systemprompt.database.data.TableLayout;
import io.systemprompt.database.data.format.RawRow;
import io.systemprompt.database.data.format.RowReader;
import io.systemprompt.database.data.format.ValueDecoder;

import io.systemprompt.database.StatementException;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.engine.BulkLoader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads one data file into one table inside the caller's transaction: maps the file's columns to the
 * table's, decodes each value by its column kind and inserts in batches. Any failure names the file,
 * line and column, and says nothing was imported (the caller's transaction rolls back).
 */
public final class RowLoader {
    private static final String NOTHING = " Nothing was imported; fix it and run again.";

    private final Transaction tx;
    private final TableLayout layout;
    private final OnConflict onConflict;
    private final String source;
    private final ProgressTracker progress;
    private final Optional<BulkLoader> bulk;
    private List<String> names;
    private int[] targets;
    private BatchInserter inserter;

    /** {@code bulk}: the engine's bulk path, used for plain appends ({@link OnConflict#FAIL}). */
    public RowLoader(Transaction tx, TableLayout layout, OnConflict onConflict, String source, ProgressTracker progress,
            Optional<BulkLoader> bulk) {
        this.tx = tx;
        this.bulk = bulk;
        this.layout = layout;
        this.onConflict = onConflict;
        this.source = source;
        this.progress = progress;
    }

    /** Reads every row; returns how many were read. */
    public long load(RowReader reader) {
        try {
            return loadAll(reader);
        } catch (RuntimeException | Error e) {
            if (inserter != null) {
                inserter.abandon();
            }
            throw e;
        }
    }

    private long loadAll(RowReader reader) {
        long rows = 0;
        try {
            for (RawRow raw = reader.next(); raw != null; raw = reader.next()) {
                insert(raw);
                rows++;
            }
        } catch (RowReader.Malformed e) {
            throw new DataException(source + ":" + e.line + ":" + e.column + ": " + e.getMessage() + "." + NOTHING, e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataException(source + ": cannot read the file: " + e.getMessage() + "." + NOTHING, e);
        }
        if (inserter != null) {
            inserter.flush();
        }
        return rows;
    }

    /** Rows inserted or updated. */
    long written() {
        return inserter == null ? 0 : inserter.written();
    }

    /** True when {@link #written()} is not exact: see {@link BatchInserter#countsUnknown()}. */
    boolean countsUnknown() {
        return inserter != null && inserter.countsUnknown();
    }

    private void insert(RawRow raw) {
        if (names == null) {
            start(raw);
        } else if (!raw.names().equals(names)) {
            throw new DataException(source + ":" + raw.line() + ":1: the row has columns " + raw.names()
                    + " but the first row has " + names + "; every row must name the same columns." + NOTHING);
        }
        Object[] values = new Object[targets.length];
        for (int i = 0; i < targets.length; i++) {
            values[i] = decode(raw, i);
        }
        progress.row(0);
        inserter.add(values, failure -> blame(raw, failure));
    }

    private Object decode(RawRow raw, int i) {
        try {
            return ValueDecoder.decode(raw.values()[i], layout.kinds().get(targets[i]));
        } catch (IllegalArgumentException e) {
            throw new DataException(source + ":" + raw.line() + ":" + raw.columns()[i] + ": column \""
                    + names.get(i) + "\" of table " + layout.table() + ": " + e.getMessage() + "." + NOTHING, e);
        }
    }

    private void start(RawRow first) {
        names = first.names();
        targets = new int[names.size()];
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            int at = i;
            targets[i] = layout.indexOf(n).orElseThrow(() -> new DataException(source + ":" + first.line() + ":"
                    + first.columns()[at] + ": table " + layout.table() + " has no column \"" + n
                    + "\"; its columns are " + layout.columns() + "." + NOTHING));
            String column = layout.columns().get(targets[i]);
            if (columns.contains(column)) {
                // Both values would be bound to one column; which one the engine keeps is not the file's say.
                throw new DataException(source + ":" + first.line() + ":" + first.columns()[at] + ": column \""
                        + column + "\" of table " + layout.table() + " is named twice (as \"" + names.get(
                        columns.indexOf(column)) + "\" and \"" + n + "\"); keep one." + NOTHING);
            }
            columns.add(column);
        }
        inserter = new BatchInserter(tx, InsertStatement.sql(layout, columns, onConflict), onConflict,
                onConflict != OnConflict.FAIL ? null : bulk.map(b -> new BatchInserter.Bulk(b, layout.table(), columns)).orElse(null));
    }

    /** The message for a row the engine refused, pointing at the column the engine names, if any. */
    private String blame(RawRow raw, StatementException failure) {
        String message = failure.getMessage();
        int column = 1;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -names.get(i).length()));
        String lower = message.toLowerCase(Locale.ROOT);
        for (int i : order) {
            if (mentions(lower, names.get(i).toLowerCase(Locale.ROOT))) {
                column = raw.columns()[i];
                break;
            }
        }
        return source + ":" + raw.line() + ":" + column + ": table " + layout.table() + " refused the row: "
                + message.lines().findFirst().orElse(message) + "." + NOTHING;
    }

    private static boolean mentions(String message, String column) {
        return message.contains("." + column) || message.contains("(" + column + ")")
                || message.contains("\"" + column + "\"") || message.contains("(" + column + ",")
                || message.contains(", " + column + ")");
    }
}
