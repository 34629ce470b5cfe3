package io.systemprompt.database.data.format;

import io.systemprompt.database.data.Sql;
import io.systemprompt.database.data.TableLayout;

import java.io.IOException;
import java.io.Writer;
import java.util.HexFormat;

/** One INSERT statement per row; strings in single quotes, blobs as {@code X'hex'}. */
final class SqlRowWriter extends RowWriter {
    private final StringBuilder line = new StringBuilder(256);
    private final String prefix;

    SqlRowWriter(Writer out, TableLayout layout) {
        super(out, layout);
        this.prefix = "INSERT INTO " + Sql.quote(layout.table()) + " (" + Sql.list(layout.columns()) + ") VALUES (";
    }

    @Override
    public void row(Object[] values) throws IOException {
        line.setLength(0);
        line.append(prefix);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(", ");
            }
            literal(values[i]);
        }
        out.write(line.append(");\n").toString());
    }

    private void literal(Object v) {
        if (v == null) {
            line.append("NULL");
        } else if (v instanceof Boolean b) {
            line.append(b ? "TRUE" : "FALSE");
        } else if (v instanceof byte[] bytes) {
            line.append("X'").append(HexFormat.of().formatHex(bytes)).append('\'');
        } else if (Values.bare(v) && !(v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            line.append(Values.text(v));
        } else {
            line.append('\'').append(Values.text(v).replace("'", "''")).append('\'');
        }
    }
}
