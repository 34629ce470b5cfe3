package io.systemprompt.database.data.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON codec of spdb, on Jackson's streaming parser and generator: the data files, the backup
 * manifest and the command line's JSON output all read and write through it. Numbers read as
 * {@link BigDecimal} so no digit is lost; objects keep their key order. Strings are escaped as spdb
 * always wrote them (control characters as a lower-case hex unicode escape, U+2028 and U+2029
 * escaped), so content checksums of
 * older backups still match.
 */
public final class Json {
    /** A line is already bounded by the data file reader; Jackson's own caps would cut a long value short. */
    private static final StreamReadConstraints UNBOUNDED = StreamReadConstraints.builder()
            .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).build();
    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new Escapes())
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE).rootValueSeparator((String) null)
            .streamReadConstraints(UNBOUNDED).build();

    private Json() {
    }

    /** A generator over {@code out}; its {@code flush()} empties its buffer into {@code out} without flushing that. */
    public static JsonGenerator generator(Writer out) {
        try {
            return FACTORY.createGenerator(out).disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parser over one document or line. */
    public static JsonParser parser(String text) {
        try {
            return FACTORY.createParser(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a whole JSON document into maps, lists, strings, {@link BigDecimal}s, booleans and nulls;
     * throws {@link IllegalArgumentException} naming the 1-based column.
     */
    public static Object parse(String text) {
        try (JsonParser p = parser(text)) {
            Object v = value(p, p.nextToken());
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("column " + p.currentTokenLocation().getColumnNr()
                        + ": unexpected text after the value");
            }
            return v;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(message(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's message without its source excerpt, after the 1-based column. */
    static String message(JsonProcessingException e) {
        return "column " + (e.getLocation() == null ? 1 : e.getLocation().getColumnNr()) + ": " + e.getOriginalMessage();
    }

    /** The scalar at the current token: null, Boolean, BigDecimal or String; null for a structure too. */
    static Object scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw new IllegalArgumentException("column " + p.currentLocation().getColumnNr() + ": a value is missing");
        }
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                m.put(key, value(p, p.nextToken()));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                list.add(value(p, e));
            }
            return list;
        }
        return scalar(p, t);
    }

    /** Control characters as unicode escapes (backspace and form feed too), and the two JavaScript line ends. */
    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializableString LINE = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii['\b'] = ESCAPE_STANDARD;
            ascii['\f'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LINE : ch == 0x2029 ? PARAGRAPH : null;
        }
    }
}
