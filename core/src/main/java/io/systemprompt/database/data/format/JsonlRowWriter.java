package io.systemprompt.database.data.format;

import com.fasterxml.jackson.core.JsonGenerator;
import io.systemprompt.database.data.TableLayout;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** One JSON object per line, keys in column order. */
public final class JsonlRowWriter extends RowWriter {
    private final JsonGenerator json;

    JsonlRowWriter(Writer out, TableLayout layout) {
        super(out, layout);
        json = Json.generator(out);
    }

    @Override
    public void row(Object[] values) throws IOException {
        object(json, layout, values);
        json.writeRaw('\n');
        // Into the file's writer now: the caller closes that writer, not this generator.
        json.flush();
    }

    private static void object(JsonGenerator json, TableLayout layout, Object[] values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            json.writeFieldName(layout.columns().get(i));
            Values.json(json, values[i]);
        }
        json.writeEndObject();
    }

    /** The canonical JSON object of a row as text, without line end: the input of content checksums. */
    public static final class Canonical {
        private final StringWriter text = new StringWriter(256);
        private final JsonGenerator json = Json.generator(text);

        /** The row's line; values in the layout's column order. */
        public String line(TableLayout layout, Object[] values) {
            text.getBuffer().setLength(0);
            try {
                object(json, layout, values);
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text.toString();
        }
    }
}
