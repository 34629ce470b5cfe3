package io.systemprompt.database.data.format;

import io.systemprompt.database.internal.Csv;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 4180 CSV with a header row, read record by record. An empty unquoted field is NULL, a quoted
 * field is text (so {@code ""} is the empty string), and other unquoted fields are text the decoder
 * parses by column kind. A value's place is its record's line; the column names the field.
 */
final class CsvRowReader implements RowReader {
    private final Reader in;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;

    CsvRowReader(Reader in) {
        this.in = in;
    }

    @Override
    public RawRow next() throws IOException {
        if (header == null) {
            parser = Csv.DATA.parse(in);
            records = parser.iterator();
            CSVRecord names = record(1);
            if (names == null) {
                return null;
            }
            header = names.stream().map(n -> n == null ? "" : n).toList();
        }
        int line = (int) parser.getCurrentLineNumber() + 1;
        CSVRecord r = record(line);
        if (r == null) {
            return null;
        }
        if (r.size() != header.size()) {
            throw new RowReader.Malformed(line, 1, "the row has " + r.size() + " fields but the header has "
                    + header.size());
        }
        int[] columns = new int[r.size()];
        Arrays.fill(columns, 1);
        return new RawRow(header, Arrays.copyOf(r.values(), r.size(), Object[].class), line, columns);
    }

    /** The next record, or null at the end; a format error is {@link RowReader.Malformed} at its line. */
    private CSVRecord record(int line) throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException bad) {
                throw new RowReader.Malformed(line, 1, bad.getMessage());
            }
            throw e.getCause();
        }
    }
}
