package io.systemprompt.database.data.format;

import io.systemprompt.database.data.DataFormat;
import io.systemprompt.database.data.TableLayout;

import java.io.IOException;
import java.io.Writer;

/** Writes one table's rows in one {@link DataFormat}. Values are engine-neutral (see {@link Values}). */
public abstract class RowWriter {
    protected final Writer out;
    protected final TableLayout layout;

    RowWriter(Writer out, TableLayout layout) {
        this.out = out;
        this.layout = layout;
    }

    /** A writer for the format. */
    public static RowWriter of(DataFormat format, Writer out, TableLayout layout) {
        return switch (format) {
            case JSONL -> new JsonlRowWriter(out, layout);
            case CSV -> new CsvRowWriter(out, layout);
            case SQL -> new SqlRowWriter(out, layout);
        };
    }

    /** Writes what comes before the first row (the CSV header). */
    public void begin() throws IOException {
    }

    /** Writes one row, values in layout column order. */
    public abstract void row(Object[] values) throws IOException;
}
