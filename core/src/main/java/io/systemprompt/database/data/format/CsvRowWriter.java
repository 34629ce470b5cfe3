package io.systemprompt.database.data.format;

import io.systemprompt.database.data.TableLayout;
import io.systemprompt.database.internal.Csv;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 CSV with a header; NULL is an empty unquoted field, numbers and booleans bare, the rest quoted. */
final class CsvRowWriter extends RowWriter {
    private final StringBuilder line = new StringBuilder(256);

    CsvRowWriter(Writer out, TableLayout layout) {
        super(out, layout);
    }

    @Override
    public void begin() throws IOException {
        write(layout.columns().toArray());
    }

    @Override
    public void row(Object[] values) throws IOException {
        write(values);
    }

    private void write(Object[] values) throws IOException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object v = values[i];
            if (v != null && Values.bare(v)) {
                line.append(Values.text(v));
            } else if (v != null) {
                Csv.quoted(line, Values.text(v));
            }
        }
        out.write(line.append('\n').toString());
    }
}
