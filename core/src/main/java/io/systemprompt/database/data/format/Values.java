package io.systemprompt.database.data.format;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The one text form of every engine-neutral value, shared by all export formats: timestamps as
 * ISO-8601 UTC ({@code 2024-01-31T10:00:00Z}), booleans as {@code true}/{@code false}, blobs as
 * base64, numbers as written by Java, NULL kept apart from the empty string.
 */
final class Values {
    private Values() {
    }

    /** True for values written bare (unquoted): numbers and booleans. */
    static boolean bare(Object v) {
        return v instanceof Number || v instanceof Boolean;
    }

    /** The text of a non-null value. */
    static String text(Object v) {
        if (v instanceof Instant i) {
            return DateTimeFormatter.ISO_INSTANT.format(i);
        }
        if (v instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d.toString();
        }
        return String.valueOf(v);
    }

    /** Writes a value as JSON; NaN and infinities become strings since JSON has no such numbers. */
    static void json(JsonGenerator out, Object v) throws IOException {
        if (v == null) {
            out.writeNull();
        } else if (v instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (v instanceof Number && !(v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            out.writeNumber(text(v));
        } else {
            out.writeString(text(v));
        }
    }
}
