package io.systemprompt.database.data.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines: one flat object per line; blank lines are skipped. Each line is read whole (the data file
 * reader bounds its length) and parsed on its own, so a damaged line is named by its number.
 */
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

    private RawRow parse(String text) throws IOException {
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        try (JsonParser p = Json.parser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(p, "not a JSON object per line: '{' was expected");
            }
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                if (names.contains(name)) {
                    // JSON parsers differ on which of the two wins; the file's author meant one of them.
                    throw malformed(p, "column \"" + name + "\" is given twice in this object; keep one");
                }
                names.add(name);
                JsonToken t = p.nextToken();
                columns.add(p.currentTokenLocation().getColumnNr());
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    throw malformed(p, "the value of \"" + name + "\" is a JSON object or array; store JSON documents"
                            + " as strings");
                }
                Object value = Json.scalar(p, t);
                if (value instanceof String s && !wellFormed(s)) {
                    throw malformed(p, "the value of \"" + name + "\" holds a lone UTF-16 surrogate (a \\uD800-\\uDFFF"
                            + " escape without its pair), which is no character and cannot be stored; write the"
                            + " character itself or both halves of its pair");
                }
                values.add(value);
            }
            if (p.nextToken() != null) {
                throw malformed(p, "not a JSON object per line: unexpected text after the object");
            }
        } catch (JsonProcessingException e) {
            throw new RowReader.Malformed(line, e.getLocation() == null ? 1 : e.getLocation().getColumnNr(),
                    "not a JSON object per line: " + Json.message(e));
        }
        return new RawRow(names, values.toArray(), line, columns.stream().mapToInt(Integer::intValue).toArray());
    }

    private RowReader.Malformed malformed(JsonParser p, String message) {
        return new RowReader.Malformed(line, p.currentTokenLocation().getColumnNr(), message);
    }

    /** True when every surrogate in the text is half of a pair. */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
