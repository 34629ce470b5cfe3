package io.systemprompt.database.data.format;

import io.systemprompt.database.data.DataFormat;

import java.io.IOException;
import java.io.Reader;

/** Reads one table's rows from a data file in one {@link DataFormat}. */
public interface RowReader {

    /** The next row, or null at the end; a malformed row throws {@link IllegalArgumentException} with its place. */
    RawRow next() throws IOException;

    /** A reader for the format. */
    static RowReader of(DataFormat format, Reader in) {
        return switch (format) {
            case JSONL -> new JsonlRowReader(in);
            case CSV -> new CsvRowReader(in);
            case SQL -> new SqlRowReader(new CharSource(in));
        };
    }

    /** A format error at a place in the file; the importer prefixes the file name. */
    final class Malformed extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        public final int line;
        public final int column;

        Malformed(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }
}
