package io.systemprompt.database.data.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** JSON Lines: one flat object per line; blank lines are skipped. */
final class JsonlRowReader implements RowReader {
    private final BufferedReader in;
    private int line;

    JsonlRowReader(Reader in) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    }

    @Override
    public RawRow next() throws IOException {
        String text;
        do {
            text = in.readLine();
            line++;
        } while (text != null && text.isBlank());
        return text == null ? null : parse(text);
    }

    private RawRow parse(String text) {
        Json j = Json.over(text);
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        try {
            j.expect('{');
            if (!j.takeClose()) {
                do {
                    j.skipSpace();
                    names.add(j.string());
                    j.expect(':');
                    j.skipSpace();
                    columns.add(j.column());
                    values.add(scalar(j, names.get(names.size() - 1)));
                } while (j.takeComma());
                j.expect('}');
            }
            if (!j.atEnd()) {
                throw j.error("unexpected text after the object");
            }
        } catch (RowReader.Malformed e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new RowReader.Malformed(line, j.column(), "not a JSON object per line: " + e.getMessage());
        }
        return new RawRow(names, values.toArray(), line, columns.stream().mapToInt(Integer::intValue).toArray());
    }

    private Object scalar(Json j, String name) {
        int at = j.column();
        Object v = j.value();
        if (v instanceof java.util.Map || v instanceof List) {
            throw new RowReader.Malformed(line, at, "the value of \"" + name
                    + "\" is a JSON object or array; store JSON documents as strings");
        }
        return v;
    }
}
