package io.systemprompt.database.cli.render;

import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny JSON writer for the documents spdb prints. Maps become objects (in their iteration order),
 * iterables arrays; numbers and booleans stay themselves; byte arrays become base64 strings; enums
 * their lower-case names; anything else its {@code toString()}.
 */
public final class Json {

    private Json() {
    }

    /** The value as compact JSON text. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Map<?, ?> m) {
            object(sb, m);
        } else if (v instanceof Iterable<?> it) {
            array(sb, it);
        } else if (v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Number n) {
            number(sb, n);
        } else if (v instanceof byte[] b) {
            string(sb, Base64.getEncoder().encodeToString(b));
        } else if (v instanceof Enum<?> e) {
            string(sb, e.name().toLowerCase(Locale.ROOT));
        } else if (v instanceof TemporalAccessor || v instanceof CharSequence) {
            string(sb, v.toString());
        } else {
            string(sb, v.toString());
        }
    }

    private static void object(StringBuilder sb, Map<?, ?> m) {
        sb.append('{');
        String sep = "";
        for (Map.Entry<?, ?> e : m.entrySet()) {
            sb.append(sep);
            string(sb, String.valueOf(e.getKey()));
            sb.append(':');
            append(sb, e.getValue());
            sep = ",";
        }
        sb.append('}');
    }

    private static void array(StringBuilder sb, Iterable<?> it) {
        sb.append('[');
        String sep = "";
        for (Object o : it) {
            sb.append(sep);
            append(sb, o);
            sep = ",";
        }
        sb.append(']');
    }

    private static void number(StringBuilder sb, Number n) {
        double d = n.doubleValue();
        boolean finite = !(n instanceof Double || n instanceof Float) || Double.isFinite(d);
        sb.append(finite ? n.toString() : "null");
    }

    /** Appends a quoted, escaped JSON string. */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
