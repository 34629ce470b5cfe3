package io.systemprompt.database.data.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 CSV with a header row. An empty unquoted field is NULL, a quoted field is text (so
 * {@code ""} is the empty string), and other unquoted fields are text the decoder parses by column kind.
 */
final class CsvRowReader implements RowReader {
    private final CharSource in;
    private List<String> header;

    CsvRowReader(CharSource in) {
        this.in = in;
    }

    @Override
    public RawRow next() throws IOException {
        if (header == null) {
            List<Object> names = record(new Columns(8));
            if (names == null) {
                return null;
            }
            header = names.stream().map(n -> n == null ? "" : n.toString()).toList();
        }
        int line = in.line();
        Columns columns = new Columns(header.size());
        List<Object> values = record(columns);
        if (values == null) {
            return null;
        }
        if (values.size() != header.size()) {
            throw new RowReader.Malformed(line, 1, "the row has " + values.size() + " fields but the header has "
                    + header.size());
        }
        return new RawRow(header, values.toArray(), line, columns.toArray());
    }

    /** The column each field starts at, without boxing. */
    private static final class Columns {
        private int[] at;
        private int size;

        Columns(int capacity) {
            at = new int[Math.max(1, capacity)];
        }

        void add(int column) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = column;
        }

        int[] toArray() {
            return size == at.length ? at : Arrays.copyOf(at, size);
        }
    }

    /** One record, or null at the end of the file. */
    private List<Object> record(Columns columns) throws IOException {
        if (in.peek() < 0) {
            return null;
        }
        List<Object> fields = new ArrayList<>(header == null ? 8 : header.size());
        while (true) {
            columns.add(in.column());
            fields.add(in.peek() == '"' ? quoted() : bare());
            int c = in.read();
            if (c == ',') {
                continue;
            }
            if (c == '\r' && in.peek() == '\n') {
                in.read();
            }
            return fields;
        }
    }

    private String quoted() throws IOException {
        in.read();
        StringBuilder sb = null;
        while (true) {
            String part = in.run(true);
            int c = in.read();
            if (c < 0) {
                throw in.error("a quoted field is not closed");
            }
            if (in.peek() != '"') {
                int after = in.peek();
                if (after != ',' && after != '\n' && after != '\r' && after >= 0) {
                    throw in.error("a quoted field must end at a comma or the line end");
                }
                return sb == null ? part : sb.append(part).toString();
            }
            in.read();
            sb = (sb == null ? new StringBuilder() : sb).append(part).append('"');
        }
    }

    private String bare() throws IOException {
        String s = in.run(false);
        if (in.peek() == '"') {
            in.read();
            throw in.error("a quote inside an unquoted field; quote the whole field");
        }
        return s.isEmpty() ? null : s;
    }
}
