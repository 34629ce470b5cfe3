package io.systemprompt.database.cli.render;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON documents spdb prints, written by the library's JSON codec. Maps become objects (in their
 * iteration order), iterables arrays; numbers and booleans stay themselves (NaN and infinities become
 * null); byte arrays become base64 strings; enums their lower-case names; anything else its
 * {@code toString()}.
 */
public final class Json {

    private Json() {
    }

    /** The value as compact JSON text. */
    public static String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = io.systemprompt.database.data.format.Json.generator(text)) {
            value(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void value(JsonGenerator json, Object v) throws IOException {
        if (v == null) {
            json.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                value(json, e.getValue());
            }
            json.writeEndObject();
        } else if (v instanceof Iterable<?> it) {
            json.writeStartArray();
            for (Object o : it) {
                value(json, o);
            }
            json.writeEndArray();
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (v instanceof Number n && (!(n instanceof Double || n instanceof Float)
                || Double.isFinite(n.doubleValue()))) {
            json.writeNumber(n.toString());
        } else if (v instanceof Number) {
            json.writeNull();
        } else if (v instanceof byte[] b) {
            json.writeString(Base64.getEncoder().encodeToString(b));
        } else if (v instanceof Enum<?> e) {
            json.writeString(e.name().toLowerCase(Locale.ROOT));
        } else {
            json.writeString(v.toString());
        }
    }
}
