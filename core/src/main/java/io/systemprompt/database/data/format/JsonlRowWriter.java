package io.systemprompt.database.data.format;

import io.systemprompt.database.data.TableLayout;

import java.io.IOException;
import java.io.Writer;

/** One JSON object per line, keys in column order. */
public final class JsonlRowWriter extends RowWriter {
    private final StringBuilder line = new StringBuilder(256);

    JsonlRowWriter(Writer out, TableLayout layout) {
        super(out, layout);
    }

    @Override
    public void row(Object[] values) throws IOException {
        out.write(line(layout, values, line));
        out.write('\n');
    }

    /** The canonical JSON object of a row, without line end; also the input of content checksums. */
    public static String line(TableLayout layout, Object[] values, StringBuilder sb) {
        sb.setLength(0);
        sb.append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Json.quote(sb, layout.columns().get(i));
            sb.append(':');
            Values.json(sb, values[i]);
        }
        return sb.append('}').toString();
    }
}
