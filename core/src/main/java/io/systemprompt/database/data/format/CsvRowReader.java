package io.systemprompt.database.data.format;

import java.io.IOException;
import java.util.ArrayList;
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
            List<Object> names = record(new ArrayList<>());
            if (names == null) {
                return null;
            }
            header = names.stream().map(n -> n == null ? "" : n.toString()).toList();
        }
        int line = in.line();
        List<Integer> columns = new ArrayList<>();
        List<Object> values = record(columns);
        if (values == null) {
            return null;
        }
        if (values.size() != header.size()) {
            throw new RowReader.Malformed(line, 1, "the row has " + values.size() + " fields but the header has "
                    + header.size());
        }
        return new RawRow(header, values.toArray(), line, columns.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One record, or null at the end of the file. */
    private List<Object> record(List<Integer> columns) throws IOException {
        if (in.peek() < 0) {
            return null;
        }
        List<Object> fields = new ArrayList<>();
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
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw in.error("a quoted field is not closed");
            }
            if (c == '"') {
                if (in.peek() != '"') {
                    int after = in.peek();
                    if (after != ',' && after != '\n' && after != '\r' && after >= 0) {
                        throw in.error("a quoted field must end at a comma or the line end");
                    }
                    return sb.toString();
                }
                in.read();
            }
            sb.append((char) c);
        }
    }

    private String bare() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (in.peek() >= 0 && in.peek() != ',' && in.peek() != '\n' && in.peek() != '\r') {
            int c = in.read();
            if (c == '"') {
                throw in.error("a quote inside an unquoted field; quote the whole field");
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
