package io.systemprompt.database.data.format;

import io.systemprompt.database.data.TableLayout;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 CSV with a header; NULL is an empty unquoted field, strings are always quoted. */
final class CsvRowWriter extends RowWriter {
    private final StringBuilder line = new StringBuilder(256);

    CsvRowWriter(Writer out, TableLayout layout) {
        super(out, layout);
    }

    @Override
    public void begin() throws IOException {
        line.setLength(0);
        for (int i = 0; i < layout.columns().size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            quote(line, layout.columns().get(i));
        }
        out.write(line.append('\n').toString());
    }

    @Override
    public void row(Object[] values) throws IOException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object v = values[i];
            if (v != null && Values.bare(v)) {
                line.append(Values.text(v));
            } else if (v != null) {
                quote(line, Values.text(v));
            }
        }
        out.write(line.append('\n').toString());
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
